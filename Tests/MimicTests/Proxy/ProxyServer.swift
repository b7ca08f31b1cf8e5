import Mimic
import MimicTestSupport

/// A started ``MockServer`` forwarding to `upstream` (`http://…`), checking against `contracts`, and a client for it.
struct ProxyServer {
    let server: MockServer
    let client: HTTPClient

    init(to upstream: String, contracts: ContractSet, errors: Bool = false, responseTimeout: Double = 10, maxBodySize: Int = 10 * 1024 * 1024) throws {
        var configuration = MockServer.Configuration()
        configuration.upstream = try Upstream(url: upstream, responseTimeout: responseTimeout, maxBodySize: maxBodySize)
        configuration.errors = errors
        server = MockServer(contracts: contracts, configuration: configuration)
        let port = try server.start()
        client = HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(port)"))
    }

    /// Sends `method target` with `headers` and `body` through the proxy.
    func send(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") throws -> HTTPResponse {
        try client.send(HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8)))
    }

    /// Each journaled exchange as `METHOD target status`, then `location name pointer code` per violation, the
    /// request's then the answer's.
    var journal: [String] {
        server.journal.entries.map { entry in
            (["\(entry.method) \(entry.target) \(entry.status)"] + (entry.violations + entry.responseViolations).map {
                "  \($0.location.rawValue) \($0.name) \($0.pointer) \($0.code)"
            }).joined(separator: "\n")
        }
    }

    func stop() {
        server.stop()
    }
}
