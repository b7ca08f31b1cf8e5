import MimicContracts
import MimicSchema

extension JournalEntry {
    /// `{"sequence","method","target","status","operation","violations"}`, then `"refusal"` for a request
    /// the HTTP layer refused, or `"forced"` for a failure answered on purpose; `operation` is
    /// `{"method","path","operationId"}`, or null when no operation
    /// answered.
    public var json: JSONValue {
        var members = [
            JSONMember("sequence", .integer(sequence)),
            JSONMember("method", .string(method)),
            JSONMember("target", .string(target)),
            JSONMember("status", .integer(status)),
            JSONMember("operation", operation?.referenceJSON ?? .null),
            JSONMember("violations", .array(violations.map(\.json))),
        ]
        if let refusal { members.append(JSONMember("refusal", .string(refusal))) }
        if let forced { members.append(JSONMember("forced", .string(forced))) }
        return .object(members)
    }
}
