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

        /// Prism's problem of this kind: its `type` after `https://stoplight.io/prism/errors#`, its title, and the
        /// `detail` it gives every problem of the kind (a problem may give its own, ``prismDetail``); nil for a kind
        /// Prism never answers (its mock keeps no state, has no forced failures and no admin endpoints), and for the
        /// gateway problems of `mimic proxy`, which are Mimic's own.
        package var prism: (name: String, title: String, detail: String)? {
            let generated = "no HTTP validation response was found in the spec, so Prism is generating this error for you."
            switch self {
            case .routeNotFound: return ("NO_PATH_MATCHED_ERROR", "Route not resolved, no path matched", "")
            case .methodNotAllowed: return ("NO_METHOD_MATCHED_ERROR", "Route resolved, but no method matched", "")
            case .notAcceptable: return ("NOT_ACCEPTABLE", "The server cannot produce a representation for your accept header", "")
            case .responseNotDeclared, .exampleNotDeclared: return ("NOT_FOUND", "The server cannot find the requested content", "")
            case .requestInvalid, .malformedJSON, .malformedXML: return ("UNPROCESSABLE_ENTITY", "Invalid request", "Your request is not valid and " + generated)
            case .unsupportedMediaType: return ("INVALID_CONTENT_TYPE", "Invalid content type", "")
            case .unauthorized:
                return ("UNAUTHORIZED", "Invalid security scheme used",
                        "Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.")
            case .responseInvalid:
                return ("VIOLATIONS", "Request/Response not valid",
                        "Your request/response is not valid and the --errors flag is set, so Prism is generating this error for you.")
            case .queryInvalid, .failureRequested, .entityNotFound, .stateLimit, .sessionInvalid, .stateless,
                 .upstreamUnreachable, .upstreamTimeout, .upstreamInvalid: return nil
            }
        }
    }

    package var kind: Kind
    package var status: Int
    package var detail: String
    /// Members after `detail`, in order.
    package var extensions: [JSONMember] = []
    /// Prism's `detail` for this problem, where it is not the one Prism gives every problem of its kind.
    package var prismDetail: String?
    /// Prism's members after `detail` (`validation`, `headers`), in order.
    package var prismExtensions: [JSONMember] = []

    package init(
        kind: Kind, status: Int, detail: String, extensions: [JSONMember] = [], prismDetail: String? = nil, prismExtensions: [JSONMember] = []
    ) {
        self.kind = kind
        self.status = status
        self.detail = detail
        self.extensions = extensions
        self.prismDetail = prismDetail
        self.prismExtensions = prismExtensions
    }

    /// The problem as a JSON object, in `style`'s words (Mimic's for a kind Prism has no problem for).
    package func json(_ style: ProblemStyle = .mimic) -> JSONValue {
        if style == .prism, let prism = kind.prism {
            return .object([
                JSONMember("type", .string("https://stoplight.io/prism/errors#" + prism.name)),
                JSONMember("title", .string(prism.title)),
                JSONMember("status", .integer(status)),
                JSONMember("detail", .string(prismDetail ?? prism.detail)),
            ] + prismExtensions)
        }
        return .object([
            JSONMember("type", .string(kind.type)),
            JSONMember("title", .string(kind.title)),
            JSONMember("status", .integer(status)),
            JSONMember("detail", .string(detail)),
        ] + extensions)
    }

    /// The problem as a response in `style`'s words: `Content-Type`, then `headers`.
    package func response(headers: HTTPHeaders = [:], style: ProblemStyle = .mimic) -> HTTPResponse {
        var fields: HTTPHeaders = ["Content-Type": "application/problem+json"]
        headers.forEach { fields.add($0.name, $0.value) }
        return HTTPResponse(status: status, headers: fields, body: Array(json(style).serialized().utf8))
    }

    /// The `closestOperation` member naming `operation` (see ``APIOperation/referenceJSON``).
    static func closestOperation(_ operation: APIOperation) -> JSONMember {
        JSONMember("closestOperation", operation.referenceJSON)
    }
}
