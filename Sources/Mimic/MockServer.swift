import Foundation
import MimicContracts
import MimicEngine
import MimicSchema
import MimicHTTP
import MimicHTTPTypes
import Synchronization

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
        /// How many event-loop threads serve the connections (1 to 256); by default one per processor the process
        /// may run on.
        public var threads = HTTPServer.Configuration.availableCores
        /// Called once per request, refused ones included, from the server's threads: the event loop that
        /// answered it, or a worker thread (every request when forwarding to an ``upstream``).
        public var requestLog: (@Sendable (JournalEntry) -> Void)?
        /// Whether, while started, the server watches its contract files and reloads them when one is added,
        /// changed or removed (see ``MockServer/reload()``); off unless asked for (`mimic serve` asks).
        public var watch = false
        /// Called after each reload, the watcher's or ``MockServer/reload()``'s, with what it did, one at a time (so
        /// it must not reload itself).
        public var reloadLog: (@Sendable (ReloadOutcome) -> Void)?
        /// Whether a reload serves the operations that loaded even when a contract has errors (as
        /// `mimic serve --keep-going` does at start); off: a reload with errors keeps the last good contracts.
        public var reloadKeepsGoing = false
        /// Whether requests from a page on another origin are answered for CORS (preflights included); on
        /// by default, as in Prism.
        public var cors: Bool
        /// The delay added to every answer and the share of requests failed on purpose (none by default).
        public var disturbance: Disturbance
        /// Whether bodies are generated from their schemas even where the contract gives an example, unless a
        /// request says `Prefer: dynamic=false` (Prism's `--dynamic`); off by default.
        public var dynamic = false
        /// Whether an answer whose JSON body breaks its declared schema is replaced with a 500 problem listing the
        /// violations (Prism's `--errors`); off by default.
        public var errors = false
        /// Whose words Mimic's own problems are in: Mimic's by default, Prism's for clients written against
        /// `prism mock` (`mimic mock`'s default).
        public var problems = ProblemStyle.mimic
        /// The real server to forward every request to, checking request and answer against the contracts (as
        /// `mimic proxy` does), instead of answering from the contracts; nil by default. ``errors`` then refuses a
        /// request that breaks them (422) and an answer that does (502).
        public var upstream: Upstream?
        /// Whether what clients create, change and delete is what later reads return, per `Mimic-Session`
        /// (see ``MockServer/state``); off by default.
        public var stateful: Bool
        /// How much state a stateful server keeps.
        public var stateLimits = StateLimits()
        /// Whether every answer given as the contracts declare it is checked against them, what it breaks
        /// journaled as Mimic's own fault (``JournalEntry/responseViolations``, the report's `responseFaults`);
        /// off by default (`--validate-responses`).
        public var validateResponses = false
        /// How many finished answers are kept for requests seen before (see ``ResponseCache``), which changes no
        /// byte of any answer nor of the journal; nil to answer every request afresh (`--no-response-cache`).
        /// Stateful and proxying servers never keep answers.
        public var responseCache: ResponseCache.Limits? = ResponseCache.Limits()

        public init(
            host: String = "127.0.0.1", port: Int = 0, seed: UInt64 = DataGenerator.defaultSeed, strict: Bool = false,
            journalSize: Int = RequestJournal.defaultCapacity, cors: Bool = true, disturbance: Disturbance = Disturbance(),
            stateful: Bool = false, requestLog: (@Sendable (JournalEntry) -> Void)? = nil
        ) {
            self.stateful = stateful
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

    public let configuration: Configuration
    /// The contract files and folders ``reload()`` and the watcher read.
    public let contractPaths: [String]
    /// What clients created, changed and deleted, when ``Configuration/stateful``; it outlives reloads, and
    /// ``resetState(session:)`` or `POST /__mimic/reset` forgets it.
    public let state: StateStore?
    private let current: CurrentService
    private let server: HTTPServer
    private let reloading = Mutex(())
    private let watcher = Mutex<ContractWatcher?>(nil)

    /// A server for an already loaded contract set (its diagnostics are the caller's business), reloading from
    /// `paths` (files or folders), or else from the files `contracts` was loaded from.
    public init(contracts: ContractSet, paths: [String]? = nil, configuration: Configuration = Configuration()) {
        let journal = RequestJournal(capacity: configuration.journalSize)
        let state = configuration.stateful ? StateStore(limits: configuration.stateLimits) : nil
        self.state = state
        let current = CurrentService(Self.service(for: contracts, configuration: configuration, journal: journal, state: state))
        self.current = current
        self.configuration = configuration
        contractPaths = paths ?? contracts.files
        let log = configuration.requestLog
        var httpConfiguration = HTTPServer.Configuration()
        httpConfiguration.host = configuration.host
        httpConfiguration.port = configuration.port
        httpConfiguration.eventLoops = configuration.threads
        if configuration.upstream != nil {
            // Forwarding waits on the upstream: never on an event loop.
            httpConfiguration.handlerMayBlock = true
            httpConfiguration.workerThreads = Self.proxyWorkerThreads
        }
        server = HTTPServer(configuration: httpConfiguration, onRefusal: { refusal in
            current.now.coverage.recordUnmatched()
            let entry = journal.recordRefusal(
                method: refusal.method ?? "", target: refusal.target ?? "", status: refusal.status, reason: refusal.reason)
            log?(entry)
        }, decorateRefusal: configuration.cors ? Self.readableFromOtherOrigins : nil, handler: { request in
            current.respond(to: request, log: log)
        })
    }

    /// The service for `contracts` as `configuration` asks, journaling into `journal`: the one place a server's
    /// service is made, at start and at each reload.
    private static func service(for contracts: ContractSet, configuration: Configuration, journal: RequestJournal, state: StateStore?) -> MockService {
        MockService(
            contracts: contracts, seed: configuration.seed, strict: configuration.strict, journal: journal,
            cors: configuration.cors, disturbance: configuration.disturbance, dynamic: configuration.dynamic,
            errors: configuration.errors, problems: configuration.problems, validateResponses: configuration.validateResponses,
            state: state, upstream: configuration.upstream, responseCache: configuration.responseCache)
    }

    /// An answer the HTTP layer gives on its own (413, 431, 408, …) readable by a page on the request's origin, as
    /// any other answer is: without the CORS fields, a browser shows the page a network error, not the status.
    private static let readableFromOtherOrigins: @Sendable (HTTPResponse, HTTPHeaders) -> HTTPResponse = { response, request in
        request["Origin"].map { CORSFields.exposing(response, to: $0) } ?? response
    }

    /// The threads answering requests when forwarding to an upstream, each waiting on the upstream for one request
    /// at a time (at most the upstream's response timeout).
    static let proxyWorkerThreads = 16

    /// A server for the contracts in `paths` (files or folders).
    ///
    /// - Throws: ``MockServerError/contractErrors(_:)`` when any contract has an error, so a test fails
    ///   at once with the located diagnostics instead of later with a 404.
    public convenience init(contractsAt paths: [String], configuration: Configuration = Configuration()) throws(MockServerError) {
        let contracts = ContractLoader.serving.load(paths)
        guard !contracts.hasErrors else { throw .contractErrors(contracts.diagnostics) }
        self.init(contracts: contracts, paths: paths, configuration: configuration)
    }

    /// What the server answers with now: the admin endpoints, the contracts, the journal.
    public var service: MockService {
        current.now
    }

    /// The requests served so far (admin requests aside, requests the HTTP layer refused included), with
    /// their violations: for a test to assert that the client under test sent only what the contracts allow.
    /// It outlives reloads.
    public var journal: RequestJournal {
        current.now.journal
    }

    /// Forgets what clients created, changed and deleted in session `name` (every session's, when nil), as
    /// `POST /__mimic/reset` does: reads answer the seeded state again. Does nothing for a stateless server.
    public func resetState(session name: String? = nil) {
        state?.reset(session: name)
    }

    /// Loads the contracts in ``contractPaths`` again. If they load without errors (or
    /// ``Configuration/reloadKeepsGoing``) and hold at least one operation, they replace the ones served, between
    /// two requests (each request is answered wholly from one set or the other) and the journal goes on; otherwise
    /// the server goes on serving the last good ones. Either way ``Configuration/reloadLog`` hears of it.
    @discardableResult
    public func reload() -> ReloadOutcome {
        // One reload at a time, each heard of in turn; requests meanwhile are answered by the service in place.
        reloading.withLock { _ in
            let contracts = ContractLoader.serving.load(contractPaths)
            let served = current.now
            let outcome: ReloadOutcome
            if contracts.operations.isEmpty || (contracts.hasErrors && !configuration.reloadKeepsGoing) {
                outcome = .failed(diagnostics: contracts.diagnostics.filter { $0.severity == .error }, kept: served.contracts)
            } else {
                current.replace(with: Self.service(for: contracts, configuration: configuration, journal: served.journal, state: state))
                outcome = .reloaded(contracts)
            }
            configuration.reloadLog?(outcome)
            return outcome
        }
    }

    /// What the requests so far exercised of the contracts, operation by operation (see ``Coverage``): the
    /// same figures as `GET /__mimic/coverage`, counted since the start.
    public var coverage: Coverage {
        service.coverage.coverage
    }

    /// The report of the run so far (see ``RunReport``): requests, the invalid ones with their violations,
    /// and the coverage.
    public var report: RunReport {
        RunReport(service)
    }

    /// Writes ``report`` to `path`, as JSON (`.json`) or JUnit XML (`.xml`), atomically.
    ///
    /// - Throws: ``RunReport/WriteError`` for another extension, or when the file cannot be written.
    public func writeReport(to path: String) throws(RunReport.WriteError) {
        try report.write(to: path)
    }

    /// Starts listening and returns the port (the real one when the configuration says 0).
    @discardableResult
    public func start() throws(MockServerError) -> Int {
        let port: Int
        do {
            port = try server.start()
        } catch {
            throw .socket(error)
        }
        if configuration.watch {
            watcher.withLock { watcher in
                watcher = watcher ?? ContractWatcher(paths: contractPaths) { [weak self] in self?.reload() }
            }
        }
        return port
    }

    /// The port the server listens on, once started.
    public var port: Int? {
        server.port
    }

    /// `http://HOST:PORT` of the running server (IPv6 hosts in brackets).
    public var baseURL: URL {
        URL(string: address)!
    }

    /// ``baseURL`` as text, for a line that names it: without making a `URL`, whose first use costs a start of
    /// `mimic serve` about a tenth of a millisecond before its readiness line.
    public var address: String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "http://\(host):\(port ?? configuration.port)"
    }

    /// Stops accepting, answers the requests already received (each connection's last with
    /// `Connection: close`), and closes every connection, within a few seconds.
    public func stop() {
        watcher.withLock { $0.take() }?.stop()
        server.stop()
    }

    deinit {
        // Without waiting: the last reference may be the watcher's own, during a reload.
        watcher.withLock { $0.take() }?.stop(waiting: false)
    }
}
