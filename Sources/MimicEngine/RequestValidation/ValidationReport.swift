import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// Why a request was refused: the violations it makes, in one `application/problem+json` body —
/// `type`, `title`, `status`, `detail`, `mode` (`strict` or `lenient`), then `errors`, one object per violation
/// (see ``Violation/json``) in the order found, at most ``maximumViolations`` of them; when more were found,
/// `truncated` follows, saying how many more.
struct ValidationReport: Sendable {
    /// The most violations a report lists (and the request journal keeps).
    static let maximumViolations = 100

    var kind: ProblemDetails.Kind
    var status: Int
    /// `GET /api/backups`: the operation whose contract the request breaks.
    var operation: String
    /// The first ``maximumViolations`` violations found.
    var violations: [Violation]
    /// How many violations were found beyond ``violations``.
    var truncated: Int
    var strict: Bool
    /// Headers after `Content-Type` (`WWW-Authenticate` for a 401).
    var headers: HTTPHeaders
    /// The challenges Prism lists for a 401, in its `WWW-Authenticate` and its body's `headers`.
    var prismChallenges: [String]
    /// The media types the operation accepts for a body, which Prism's 415 names.
    var accepted: [String]

    /// A report of `found` and `omitted` more violations found after them (counted only, never decisive), keeping
    /// the first ``maximumViolations``, answered as ``refusal(for:declaredStatus:)`` says.
    init(
        found: [Violation], omitted: Int = 0, operation: String, declaredStatus: Int, strict: Bool, headers: HTTPHeaders = [:],
        prismChallenges: [String] = [], accepted: [String] = []
    ) {
        (kind, status) = Self.refusal(for: found, declaredStatus: declaredStatus)
        self.operation = operation
        violations = Array(found.prefix(Self.maximumViolations))
        truncated = found.count - violations.count + omitted
        self.strict = strict
        self.headers = headers
        self.prismChallenges = prismChallenges
        self.accepted = accepted
    }

    /// The violations that decide a refusal's problem and status on their own, the first found in this order
    /// winning: missing credentials (401), a refused media type (415), a body that is not JSON or not XML (400).
    private static let decisiveCodes: [(code: ViolationCode, kind: ProblemDetails.Kind, status: Int)] = [
        (.credentials, .unauthorized, 401),
        (.mediaType, .unsupportedMediaType, 415),
        (.syntax, .malformedJSON, 400),
        (.xmlSyntax, .malformedXML, 400),
    ]

    /// The problem and status refusing `violations`: that of the first decisive code among them, else
    /// `request-invalid` with the operation's own refusal status (`declaredStatus`: its 400 or 422, else 422).
    /// The one place a violation's code decides a status.
    static func refusal(for violations: [Violation], declaredStatus: Int) -> (kind: ProblemDetails.Kind, status: Int) {
        for decisive in decisiveCodes where violations.contains(where: { $0.code == decisive.code }) {
            return (decisive.kind, decisive.status)
        }
        return (.requestInvalid, declaredStatus)
    }

    /// The report as a response, in `style`'s words: for Prism, `validation` lists the violations as Prism
    /// words them; a 401 lists Prism's challenges under `headers` and in `WWW-Authenticate` (else Mimic's
    /// challenges are sent); a 415 names the media types accepted.
    func response(style: ProblemStyle = .mimic) -> HTTPResponse {
        let total = violations.count + truncated
        let count = total == 1 ? "1 violation" : "\(total) violations"
        let detail = kind == .unauthorized
            ? "\(operation) requires credentials, and the request carries none it accepts."
            : "The request breaks the contract of \(operation): \(count)."
        var extensions = [
            JSONMember("mode", .string(strict ? "strict" : "lenient")),
            JSONMember("errors", .array(violations.map(\.json))),
        ]
        if truncated > 0 { extensions.append(JSONMember("truncated", .integer(truncated))) }
        var problem = ProblemDetails(kind: kind, status: status, detail: detail, extensions: extensions)
        guard style == .prism else { return problem.response(headers: headers) }
        var headers = headers
        switch kind {
        case .unauthorized where !prismChallenges.isEmpty:
            let challenge = prismChallenges.joined(separator: ",")
            problem.prismExtensions = [JSONMember("headers", .object([JSONMember("WWW-Authenticate", .string(challenge))]))]
            headers = ["WWW-Authenticate": challenge]
        case .unauthorized:
            break
        case .unsupportedMediaType:
            problem.prismDetail = accepted.isEmpty
                ? "No supported content types, but request included a non-empty body"
                : "Supported content types: " + accepted.joined(separator: ",")
        default:
            problem.prismExtensions = [JSONMember("validation", .array(violations.map { $0.prismJSON(.request, sided: false) }))]
        }
        return problem.response(headers: headers, style: style)
    }
}
