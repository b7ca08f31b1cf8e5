import MimicContracts
import MimicHTTP

/// Why a request was refused: every violation it makes, in one `application/problem+json` body —
/// `type`, `title`, `status`, `detail`, `mode` (`strict` or `lenient`), then `errors`, one object per violation
/// (`location`, `name`, `pointer`, `code`, `message`, and `allowed` for an enum), in the order found.
struct ValidationReport: Sendable {
    var kind: ProblemDetails.Kind
    var status: Int
    /// `GET /api/backups`: the operation whose contract the request breaks.
    var operation: String
    var violations: [Violation]
    var strict: Bool
    /// Headers after `Content-Type` (`WWW-Authenticate` for a 401).
    var headers: HTTPHeaders = [:]

    /// The report as a response.
    func response() -> HTTPResponse {
        let count = violations.count == 1 ? "1 violation" : "\(violations.count) violations"
        let detail = kind == .unauthorized
            ? "\(operation) requires credentials, and the request carries none."
            : "The request breaks the contract of \(operation): \(count)."
        let errors = violations.map { violation in
            var members = [
                JSONMember("location", .string(violation.location.rawValue)),
                JSONMember("name", .string(violation.name)),
                JSONMember("pointer", .string(violation.pointer)),
                JSONMember("code", .string(violation.code)),
                JSONMember("message", .string(violation.message)),
            ]
            if let allowed = violation.allowed { members.append(JSONMember("allowed", .array(allowed))) }
            return JSONValue.object(members)
        }
        return ProblemDetails(kind: kind, status: status, detail: detail, extensions: [
            JSONMember("mode", .string(strict ? "strict" : "lenient")),
            JSONMember("errors", .array(errors)),
        ]).response(headers: headers)
    }
}
