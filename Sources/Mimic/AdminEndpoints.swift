import MimicContracts
import MimicEngine
import MimicHTTPTypes

/// Mimic's own endpoints under `/__mimic/`, beside the contracts' operations.
struct AdminEndpoints: Sendable {
    /// The first path segment of every admin endpoint, which contracts may not use.
    static let pathSegment = "__mimic"

    private let health: HTTPResponse
    /// `/__mimic/routes`, made on the first request for it.
    private let routes: LazyAnswer
    private let journal: RequestJournal
    private let coverage: CoverageRecorder
    /// The state of a stateful mock; nil for a stateless one.
    private let state: StateStore?

    init(contracts: ContractSet, strict: Bool, journal: RequestJournal, coverage: CoverageRecorder, state: StateStore?) {
        health = HTTPResponse(status: 200, json: JSONValue.object([
            JSONMember("status", .string("ok")),
            JSONMember("operations", .integer(contracts.operations.count)),
            JSONMember("files", .integer(contracts.contracts.count)),
            JSONMember("strict", .bool(strict)),
        ]).serialized())
        routes = LazyAnswer { HTTPResponse(status: 200, json: RouteTable(contracts).json.serialized()) }
        self.journal = journal
        self.coverage = coverage
        self.state = state
    }

    /// The methods the admin endpoint at `path` answers; nil when there is none.
    static func methods(forPath path: String) -> [String]? {
        switch endpoint(of: path) {
        case "health"?, "routes"?, "requests/count"?, "coverage"?, "state"?: ["GET"]
        case "requests"?: ["GET", "DELETE"]
        case "reset"?: ["POST"]
        default: nil
        }
    }

    /// What follows `/__mimic/` in `path`; nil for a path that is not an admin one.
    private static func endpoint(of path: String) -> Substring? {
        path.utf8.starts(with: pathPrefix.utf8) ? path.dropFirst(pathPrefix.utf8.count) : nil
    }

    /// `/__mimic/`, what every admin path starts with.
    private static let pathPrefix = "/" + pathSegment + "/"

    /// The answer to an admin request, or nil when `request` is not for an admin endpoint.
    func respond(to request: HTTPRequest) -> HTTPResponse? {
        guard let endpoint = Self.endpoint(of: request.path) else { return nil }
        guard let methods = Self.methods(forPath: request.path) else {
            return ProblemDetails(
                kind: .routeNotFound, status: 404,
                detail: "There is no admin endpoint '\(request.path)'; there are /__mimic/health, /__mimic/routes, /__mimic/requests, /__mimic/requests/count, /__mimic/coverage, /__mimic/state and /__mimic/reset.").response()
        }
        guard HTTPMethodRules.method(answering: request.method, among: methods) != nil else {
            let detail = "\(request.path) answers \(methods.joined(separator: " and ")) only."
            return ProblemDetails(kind: .methodNotAllowed, status: 405, detail: detail).response(headers: ["Allow": HTTPMethodRules.allowed(methods).joined(separator: ", ")])
        }
        switch (endpoint, request.method) {
        case ("health", _): return health
        case ("routes", _): return routes.response
        case ("coverage", _): return coverage(query: request.query)
        case ("state", _), ("reset", _): return stateEndpoint(endpoint, request)
        case (_, "DELETE"):
            journal.clear()
            return HTTPResponse(status: 204)
        default:
            let filter: JournalFilter
            do {
                filter = try JournalFilter(query: request.query)
            } catch {
                return ProblemDetails(kind: .queryInvalid, status: 400, detail: error.message).response()
            }
            let json = endpoint == "requests" ? journal.json(matching: filter)
                : .object([JSONMember("count", .integer(journal.count(matching: filter)))])
            return HTTPResponse(status: 200, json: json.serialized())
        }
    }

    /// The coverage so far, as JSON, or (with `format=text` in `query`) as a table.
    private func coverage(query: String?) -> HTTPResponse {
        let format = (query ?? "").split(separator: "&").last { $0.hasPrefix("format=") }?.dropFirst("format=".count)
        switch format {
        case nil, "json"?: return HTTPResponse(status: 200, json: coverage.coverage.json.serialized())
        case "text"?: return HTTPResponse(status: 200, text: coverage.coverage.text)
        case let value?:
            return ProblemDetails(kind: .queryInvalid, status: 400, detail: "The query parameter 'format' is json or text, not '\(value)'.").response()
        }
    }

    /// `GET /__mimic/state`: the stored state (of the session `?session=` or `Mimic-Session` names, else of
    /// every session); `POST /__mimic/reset`: forgets it (that session's, else every session's), answering 204.
    private func stateEndpoint(_ endpoint: Substring, _ request: HTTPRequest) -> HTTPResponse {
        guard let state else {
            return ProblemDetails(
                kind: .stateless, status: 409,
                detail: "Mimic keeps no state: start it with --stateful (MockServer.Configuration(stateful: true)) to have /__mimic/\(endpoint).").response()
        }
        let session: String?
        switch MockEngine.session(query: request.query, headers: request.headers) {
        case .success(let name): session = name
        case .failure(let problem): return problem.response()
        }
        guard endpoint == "reset" else { return HTTPResponse(status: 200, json: state.json(session: session).serialized()) }
        state.reset(session: session)
        return HTTPResponse(status: 204)
    }
}
