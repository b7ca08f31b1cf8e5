import Foundation
import MimicContracts
import MimicEngine
import MimicSchema
import MimicHTTP
import MimicHTTPTypes

/// A mock server for your contracts, on a real port: start it in a test, point your client at
/// ``baseURL``, stop it when done.
///
/// ```swift
/// let server = try MockServer(contractsAt: ["Contracts"])
/// try server.start()                      // port 0: a free port is picked
/// defer { server.stop() }
/// let (data, _) = try await URLSession.shared.data(from: server.baseURL.appending(path: "v1/backup_definitions/42"))
/// ```
public final class MockServer: Sendable {
    /// How a server listens and generates.
    public struct Configuration: Sendable {
        /// The address to bind; loopback unless you ask for more.
        public var host: String
        /// The port; 0 picks a free one (see ``MockServer/port``).
        public var port: Int
        /// The seed of the generated data: the same seed gives the same bytes.
        public var seed: UInt64
        /// Whether requests are checked strictly (undeclared query parameters and form fields are violations too).
        public var strict: Bool
        /// How many requests the ``MockServer/journal`` keeps (at least one).
        public var journalSize: Int
        /// Called once per request, from the server's worker threads, refused ones included.
        public var requestLog: (@Sendable (JournalEntry) -> Void)?
        /// Whether requests from a page on another origin are answered for CORS (preflights included); on
        /// by default, as in Prism.
        public var cors: Bool
        /// The delay added to every answer and the share of requests failed on purpose (none by default).
        public var disturbance: Disturbance

        public init(
            host: String = "127.0.0.1", port: Int = 0, seed: UInt64 = DataGenerator.defaultSeed, strict: Bool = false,
            journalSize: Int = RequestJournal.defaultCapacity, cors: Bool = true, disturbance: Disturbance = Disturbance(),
            requestLog: (@Sendable (JournalEntry) -> Void)? = nil
        ) {
            self.host = host
            self.port = port
            self.seed = seed
            self.strict = strict
            self.journalSize = journalSize
            self.cors = cors
            self.disturbance = disturbance
            self.requestLog = requestLog
        }
    }

    public let service: MockService
    public let configuration: Configuration
    private let server: HTTPServer

    /// A server for an already loaded contract set (its diagnostics are the caller's business).
    public init(contracts: ContractSet, configuration: Configuration = Configuration()) {
        let service = MockService(
            contracts: contracts, seed: configuration.seed, strict: configuration.strict,
            journal: RequestJournal(capacity: configuration.journalSize), cors: configuration.cors,
            disturbance: configuration.disturbance)
        self.service = service
        self.configuration = configuration
        let log = configuration.requestLog
        var httpConfiguration = HTTPServer.Configuration()
        httpConfiguration.host = configuration.host
        httpConfiguration.port = configuration.port
        let journal = service.journal
        server = HTTPServer(configuration: httpConfiguration, onRefusal: { refusal in
            let entry = journal.recordRefusal(
                method: refusal.method ?? "", target: refusal.target ?? "", status: refusal.status, reason: refusal.reason)
            log?(entry)
        }, handler: { request in
            service.respond(to: request, log: log)
        })
    }

    /// A server for the contracts in `paths` (files or folders).
    ///
    /// - Throws: ``MockServerError/contractErrors(_:)`` when any contract has an error, so a test fails
    ///   at once with the located diagnostics instead of later with a 404.
    public convenience init(contractsAt paths: [String], configuration: Configuration = Configuration()) throws(MockServerError) {
        let contracts = ContractLoader.serving.load(paths)
        guard !contracts.hasErrors else { throw .contractErrors(contracts.diagnostics) }
        self.init(contracts: contracts, configuration: configuration)
    }

    /// The requests served so far (admin requests aside, requests the HTTP layer refused included), with
    /// their violations: for a test to assert that the client under test sent only what the contracts allow.
    public var journal: RequestJournal {
        service.journal
    }

    /// Starts listening and returns the port (the real one when the configuration says 0).
    @discardableResult
    public func start() throws(MockServerError) -> Int {
        do {
            return try server.start()
        } catch {
            throw .socket(error)
        }
    }

    /// The port the server listens on, once started.
    public var port: Int? {
        server.port
    }

    /// `http://HOST:PORT` of the running server (IPv6 hosts in brackets).
    public var baseURL: URL {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return URL(string: "http://\(host):\(port ?? configuration.port)")!
    }

    /// Stops accepting, answers the requests already received (each connection's last with
    /// `Connection: close`), and closes every connection, within a few seconds.
    public func stop() {
        server.stop()
    }
}
