import MimicContracts
import MimicEngine

/// How `mimic serve` logs each request on standard output (`--log-format`).
enum RequestLogFormat: String, CaseIterable, Sendable {
    /// ``JournalEntry/line``: `GET /api/backups?status=BOGUS 422 listBackups 0.31ms (1 violation)`.
    case text
    /// One JSON object a line: `{"sequence","method","target","status","operationId","milliseconds","violations"}`
    /// (`operationId` null when no operation answered or it has none, `violations` a count), then `"refusal"` for
    /// a request the HTTP layer refused, or `"forced"` for a failure answered on purpose.
    case json

    /// The log line of `entry`, with its line break.
    func line(for entry: JournalEntry) -> String {
        switch self {
        case .text:
            return entry.line(terminator: "\n")
        case .json:
            var members = [
                JSONMember("sequence", .integer(entry.sequence)),
                JSONMember("method", .string(entry.method)),
                JSONMember("target", .string(entry.target)),
                JSONMember("status", .integer(entry.status)),
                JSONMember("operationId", entry.operationId.map(JSONValue.string) ?? .null),
                JSONMember("milliseconds", .number((entry.milliseconds * 100).rounded() / 100)),
                JSONMember("violations", .integer(entry.violations.count)),
            ]
            if let refusal = entry.refusal { members.append(JSONMember("refusal", .string(refusal))) }
            if let forced = entry.forced { members.append(JSONMember("forced", .string(forced))) }
            return JSONValue.object(members).serialized() + "\n"
        }
    }
}
