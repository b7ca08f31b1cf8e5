import MimicContracts
import MimicHTTP

/// Mimic's own endpoints under `/__mimic/`, beside the contracts' operations.
struct AdminEndpoints: Sendable {
    private let health: HTTPResponse
    private let routes: HTTPResponse

    init(contracts: ContractSet) {
        health = HTTPResponse(status: 200, json: JSONValue.object([
            JSONMember("status", .string("ok")),
            JSONMember("operations", .integer(contracts.operations.count)),
            JSONMember("files", .integer(contracts.contracts.count)),
        ]).serialized())
        routes = HTTPResponse(status: 200, json: RouteTable(contracts).json.serialized())
    }

    /// The answer to an admin request, or nil when `request` is not for an admin endpoint.
    func respond(to request: HTTPRequest) -> HTTPResponse? {
        let prefix = "/" + ContractLoader.reservedPathSegment + "/"
        guard request.path.hasPrefix(prefix) else { return nil }
        let endpoint = request.path.dropFirst(prefix.count)
        let response: HTTPResponse
        switch endpoint {
        case "health": response = health
        case "routes": response = routes
        default:
            return problem(404, "Not Found", "There is no admin endpoint '\(request.path)'; there are /__mimic/health and /__mimic/routes.")
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            var refusal = problem(405, "Method Not Allowed", "\(request.path) answers GET only.")
            refusal.headers.set("Allow", "GET, HEAD")
            return refusal
        }
        return response
    }

    private func problem(_ status: Int, _ title: String, _ detail: String) -> HTTPResponse {
        HTTPResponse(status: status, json: JSONValue.object([
            JSONMember("type", .string("about:blank")),
            JSONMember("title", .string(title)),
            JSONMember("status", .integer(status)),
            JSONMember("detail", .string(detail)),
        ]).serialized(), contentType: "application/problem+json")
    }
}
