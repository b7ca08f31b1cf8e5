import MimicHTTPTypes
import Dispatch
import Synchronization

/// The event loops of one server and what they share: the listening socket, the ``ConnectionLedger``, the worker
/// threads, and the end of the last loop.
///
/// Every loop waits on the same listening socket, registered with `EPOLLEXCLUSIVE`, so that a new client wakes
/// one idle loop, which accepts it and serves it to the end, or hands it to the first loop that keeps up (once
/// per connection, never per request): clients fill the loops in order, and the next loop takes new ones only
/// once the first falls behind. One shared socket rather than one `SO_REUSEPORT` socket per loop: binding stays
/// a single `bind` whose failure (the port in use, by anyone) is reported as before, no other process can
/// silently bind into the group and take a share of the clients, clients go to a loop that keeps up (not to one
/// picked by a hash of their address, busy or not), and stopping closes one socket, so no client is left in the
/// backlog of a socket that nobody accepts from.
final class EventLoopGroup: Sendable {
    let configuration: HTTPServer.Configuration
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    let onRefusal: (@Sendable (HTTPServer.Refusal) -> Void)?
    let decorateRefusal: (@Sendable (HTTPResponse, HTTPHeaders) -> HTTPResponse)?
    let ledger: ConnectionLedger
    let listener: Int32
    let port: Int
    let workers: WorkerPool
    /// The one thread for requests with a body of ``HTTPServer/Configuration/largeBodySize`` or more.
    let largeBodyWorkers: WorkerPool
    private let loops: Mutex<[EventLoop]>
    private let running: Atomic<Int>
    /// Set when ``stop()`` begins, before the listener stops: a response finished from then on closes its connection,
    /// on whichever loop, even one that has not yet taken its own request to stop.
    private let stopBegun = Atomic(false)
    /// `configuration.loopFallsBehindAfter` in nanoseconds, within 0 and an hour.
    private let loopFallsBehindNanoseconds: Int64
    private let finished = DispatchSemaphore(value: 0)

    /// Binds the listening socket and makes `configuration.eventLoops` loops; they run once `start()` is called.
    init(
        configuration: HTTPServer.Configuration, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        onRefusal: (@Sendable (HTTPServer.Refusal) -> Void)?,
        decorateRefusal: (@Sendable (HTTPResponse, HTTPHeaders) -> HTTPResponse)?
    ) throws(HTTPServerError) {
        let descriptorLimit = configuration.maxConnections + Self.maxRefusedConnections + Self.reservedDescriptors
        OpenFileLimit.raise(to: descriptorLimit)
        (listener, port) = try Socket.makeListener(host: configuration.host, port: configuration.port,
                                                   backlog: Int32(min(4096, configuration.maxConnections * 2)))
        self.configuration = configuration
        self.handler = handler
        self.onRefusal = onRefusal
        self.decorateRefusal = decorateRefusal
        let behindAfter = configuration.loopFallsBehindAfter
        loopFallsBehindNanoseconds = behindAfter >= 0 ? Int64(min(behindAfter, 3_600) * 1_000_000_000) : 0
        ledger = ConnectionLedger(maxConnections: configuration.maxConnections,
                                  maxRefusedConnections: Self.maxRefusedConnections,
                                  bodyMemoryBudget: configuration.bodyMemoryBudget,
                                  descriptorLimit: OpenFileLimit.current)
        let count = max(1, min(Self.maxLoops, configuration.eventLoops))
        running = Atomic(count)
        loops = Mutex([])
        workers = WorkerPool(count: configuration.workerThreads, name: "mimic-worker")
        largeBodyWorkers = WorkerPool(count: 1, name: "mimic-body")
        do {
            let made = try (0..<count).map { index throws(HTTPServerError) in try EventLoop(index: index, group: self) }
            loops.withLock { $0 = made }
        } catch {
            loops.withLock { $0.forEach { $0.closeWakeup() } }
            Socket.closeDescriptor(listener)
            workers.shutDown()
            largeBodyWorkers.shutDown()
            throw error
        }
    }

    /// Starts every loop's thread.
    func start() {
        loops.withLock { $0.forEach { $0.start() } }
    }

    /// The loop of index `index`.
    func loop(_ index: Int) -> EventLoop? {
        loops.withLock { $0.indices.contains(index) ? $0[index] : nil }
    }

    /// The first loop, in index order, that keeps up at `now`: it waits for events, or its current round began
    /// less than `configuration.loopFallsBehindAfter` before; nil when none does.
    func firstLoopKeepingUp(at now: ContinuousClock.Instant) -> EventLoop? {
        let behindSince = ledger.moment(now) - loopFallsBehindNanoseconds
        return loops.withLock { loops in
            loops.first { loop in
                let began = loop.roundBegan.load(ordering: .relaxed)
                return began == 0 || began > behindSince
            }
        }
    }

    /// Asks every loop to stop and waits until all have, unless called from a loop or a worker (the handler),
    /// which they may be waiting for.
    func stop() {
        stopBegun.store(true, ordering: .releasing)
        // New clients are refused from now on, and those in the backlog reset; the loops stop waiting on the
        // socket, which the last one closes, so that none accepts on a descriptor number reused meanwhile.
        Socket.stopListening(listener)
        let all = loops.withLock { $0 }
        all.forEach { $0.requestStop() }
        let isServerThread = all.contains(where: \.isCurrentThread)
            || workers.isCurrentThreadAWorker || largeBodyWorkers.isCurrentThreadAWorker
        if !isServerThread { finished.wait() }
    }

    /// Whether ``stop()`` has begun.
    var isStopBegun: Bool {
        stopBegun.load(ordering: .acquiring)
    }

    /// Called by each loop as it ends: the last one closes the listener, lets the workers finish (they may
    /// still post to any loop, so the loops' wake-up pipes are closed after them) and tells `stop()`.
    func loopEnded() {
        guard running.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 else { return }
        Socket.closeDescriptor(listener)
        workers.shutDown()
        largeBodyWorkers.shutDown()
        let all = loops.withLock { loops in
            defer { loops = [] }
            return loops
        }
        all.forEach { $0.closeWakeup() }
        finished.signal()
    }

    /// The most loops (the ledger tells loops apart in 8 bits).
    static let maxLoops = 256
    /// The most refused clients kept while their 503 is delivered; beyond, they are closed at once.
    static let maxRefusedConnections = 64
    /// The descriptors the process may need besides connections (listener, poller, wake-up pipes, standard
    /// streams, files the handler opens).
    private static let reservedDescriptors = 64
}
