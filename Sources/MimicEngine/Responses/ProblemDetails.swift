import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// An `application/problem+json` body (RFC 9457): what Mimic answers when it cannot answer as the contract
/// does. Members are written in a fixed order (`type`, `title`, `status`, `detail`, then the extensions),
/// so the bytes are stable.
package struct ProblemDetails: Error, Hashable {
    /// The kinds of problem, each with a stable `type` URI and title.
    package enum Kind: String, Sendable, Hashable {
        case routeNotFound = "route-not-found"
        case methodNotAllowed = "method-not-allowed"
        case notAcceptable = "not-acceptable"
        case responseNotDeclared = "response-not-declared"
        case exampleNotDeclared = "example-not-declared"
        case requestInvalid = "request-invalid"
        case unsupportedMediaType = "unsupported-media-type"
        case malformedJSON = "malformed-json"
        case malformedXML = "malformed-xml"
        case unauthorized = "unauthorized"
        case queryInvalid = "query-invalid"
        case failureRequested = "failure-requested"
        case responseInvalid = "response-invalid"
        case upstreamUnreachable = "upstream-unreachable"
        case upstreamTimeout = "upstream-timeout"
        case upstreamInvalid = "upstream-invalid"
        case entityNotFound = "entity-not-found"
        case stateLimit = "state-limit"
        case sessionInvalid = "session-invalid"
        case stateless = "stateless"

        /// `urn:mimic:problem:route-not-found` …
        package var type: String {
            "urn:mimic:problem:" + rawValue
        }

        package var title: String {
            switch self {
            case .routeNotFound: "Route not found"
            case .methodNotAllowed: "Method not allowed"
            case .notAcceptable: "Not acceptable"
            case .responseNotDeclared: "Response not declared"
            case .exampleNotDeclared: "Example not declared"
            case .requestInvalid: "Request invalid"
            case .unsupportedMediaType: "Unsupported media type"
            case .malformedJSON: "Malformed JSON"
            case .malformedXML: "Malformed XML"
            case .unauthorized: "Unauthorized"
            case .queryInvalid: "Query invalid"
            case .failureRequested: "Failure requested"
            case .responseInvalid: "Response invalid"
            case .upstreamUnreachable: "Upstream unreachable"
            case .upstreamTimeout: "Upstream timeout"
            case .upstreamInvalid: "Upstream answer invalid"
            case .entityNotFound: "Entity not found"
            case .stateLimit: "State limit reached"
            case .sessionInvalid: "Session name invalid"
            case .stateless: "No state kept"
            }
        }
    }

    package var kind: Kind
    package var status: Int
    package var detail: String
    /// Members after `detail`, in order.
    package var extensions: [JSONMember] = []

    package init(kind: Kind, status: Int, detail: String, extensions: [JSONMember] = []) {
        self.kind = kind
        self.status = status
        self.detail = detail
        self.extensions = extensions
    }

    /// The problem as a JSON object.
    package var json: JSONValue {
        .object([
            JSONMember("type", .string(kind.type)),
            JSONMember("title", .string(kind.title)),
            JSONMember("status", .integer(status)),
            JSONMember("detail", .string(detail)),
        ] + extensions)
    }

    /// The problem as a response: `Content-Type`, then `headers`.
    package func response(headers: HTTPHeaders = [:]) -> HTTPResponse {
        var fields: HTTPHeaders = ["Content-Type": "application/problem+json"]
        headers.forEach { fields.add($0.name, $0.value) }
        return HTTPResponse(status: status, headers: fields, body: Array(json.serialized().utf8))
    }

    /// The `closestOperation` member naming `operation` (see ``APIOperation/referenceJSON``).
    static func closestOperation(_ operation: APIOperation) -> JSONMember {
        JSONMember("closestOperation", operation.referenceJSON)
    }
}
