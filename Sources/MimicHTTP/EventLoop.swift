import MimicHTTPTypes
import Dispatch
import Foundation
import Synchronization

/// The thread that owns the listening socket and every connection, multiplexed with poll(2).
///
/// Other threads reach it only through `inbox` and the wake-up pipe: workers post finished responses,
/// `stop()` posts the stop request. Everything else is touched by the loop thread alone, which is what
/// makes the `@unchecked Sendable` sound.
final class EventLoop: @unchecked Sendable {
    /// A response serialized by a worker, for the connection whose request it answers; the loop adds the
    /// `Connection` field between head and body.
    struct Completion {
        let descriptor: Int32
        let head: [UInt8]
        let body: [UInt8]
        /// Whether the request and the response allow keeping the connection.
        let keepAlive: Bool
        /// The fault to drop the connection with, `head` being what is sent before; nil to answer.
        var fault: HTTPFault?
        /// When the response is sent (its delay having passed); nil for at once.
        var due: ContinuousClock.Instant?
        /// The channel of the body that follows in ``StreamPiece``s; nil when `body` is the whole body.
        var stream: StreamChannel?
    }

    /// A piece of a streamed body, or its end, for the connection whose ``Connection/stream`` is `channel`.
    struct StreamPiece {
        enum Ending {
            /// `bytes` end the body.
            case finished
            /// The body broke off: the connection is closed, the response left incomplete.
            case aborted
        }

        let descriptor: Int32
        let channel: StreamChannel
        let bytes: [UInt8]
        var ending: Ending?
    }

    private struct Inbox {
        var completions: [Completion] = []
        var pieces: [StreamPiece] = []
        var isWakePending = false
        var isStopRequested = false
    }

    let port: Int
    let configuration: HTTPServer.Configuration
    let parserConfiguration: HTTPRequestParser.Configuration
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    let onRefusal: (@Sendable (HTTPServer.Refusal) -> Void)?
    let workers: WorkerPool
    /// The one thread for requests with a body of ``HTTPServer/Configuration/largeBodySize`` or more.
    let largeBodyWorkers: WorkerPool
    let date = HTTPDate()
    let clock = ContinuousClock()
    private let inbox = Mutex(Inbox())
    private let wakeup: WakeupPipe
    private let finished = DispatchSemaphore(value: 0)

    // Loop thread only.
    private var listener: Int32
    private var acceptPausedUntil: ContinuousClock.Instant?
    private var nextSweep: ContinuousClock.Instant
    /// When the connections still open after `stop()` are closed.
    private var stopDeadline: ContinuousClock.Instant?
    /// Responses held until they are due, at most one per connection (its request is being handled).
    private var delayed: [(due: ContinuousClock.Instant, completion: Completion)] = []
    /// Where every connection's bytes are read into before the parser takes them.
    var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    var connections: [Int32: Connection] = [:]
    var refusedCount = 0
    /// The bytes of `configuration.bodyMemoryBudget` the connections hold.
    var reservedBodyBytes = 0
    var isStopping = false

    /// Binds the listening socket and the wake-up pipe; the loop runs once `start()` is called.
    init(
        configuration: HTTPServer.Configuration, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        onRefusal: (@Sendable (HTTPServer.Refusal) -> Void)?
    ) throws(HTTPServerError) {
        OpenFileLimit.raise(to: configuration.maxConnections + Self.maxRefusedConnections + Self.reservedDescriptors)
        (listener, port) = try Socket.makeListener(host: configuration.host, port: configuration.port,
                                                   backlog: Int32(min(4096, configuration.maxConnections * 2)))
        do {
            wakeup = try WakeupPipe()
        } catch {
            Socket.closeDescriptor(listener)
            throw error
        }
        self.configuration = configuration
        parserConfiguration = HTTPRequestParser.Configuration(maxBodySize: configuration.maxBodySize)
        self.handler = handler
        self.onRefusal = onRefusal
        workers = WorkerPool(count: configuration.workerThreads)
        largeBodyWorkers = WorkerPool(count: 1)
        nextSweep = clock.now
    }

    /// Starts the loop thread.
    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "MimicHTTP event loop"
        thread.start()
    }

    /// Asks the loop to stop and waits until it has, unless called from a worker (the handler), which the
    /// loop may be waiting for.
    func stop() {
        inbox.withLock { $0.isStopRequested = true }
        wake()
        if !workers.isCurrentThreadAWorker && !largeBodyWorkers.isCurrentThreadAWorker {
            finished.wait()
        }
    }

    /// Hands a worker's response to the loop.
    func post(_ completion: Completion) {
        enqueue { $0.completions.append(completion) }
    }

    /// Hands a worker's piece of a streamed body to the loop.
    func post(_ piece: StreamPiece) {
        enqueue { $0.pieces.append(piece) }
    }

    private func enqueue(_ change: (inout Inbox) -> Void) {
        let needsWake = inbox.withLock { inbox in
            change(&inbox)
            defer { inbox.isWakePending = true }
            return !inbox.isWakePending
        }
        if needsWake { wake() }
    }

    private func wake() {
        wakeup.signal()
    }

    private func run() {
        var pollSet = PollSet()
        while !(isStopping && connections.isEmpty) {
            pollSet.removeAll()
            pollSet.add(wakeup.reader, waitingFor: .readable)
            for connection in connections.values where !connection.pollEvents.isEmpty {
                pollSet.add(connection.descriptor, waitingFor: connection.pollEvents)
            }
            if listener >= 0, acceptPausedUntil.map({ clock.now >= $0 }) ?? true {
                pollSet.add(listener, waitingFor: .readable)
            }
            pollSet.wait(milliseconds: pollTimeout())
            // Wake-up first, accept last: a descriptor closed in this round cannot be reused by a new
            // client before its stale events are looked at.
            for (descriptor, events) in pollSet.ready {
                if descriptor == wakeup.reader {
                    takeInbox()
                } else if descriptor == listener {
                    acceptClients()
                } else if let connection = connections[descriptor] {
                    service(connection, events: events)
                }
            }
            sendDueResponses()
            if clock.now >= nextSweep {
                closeExpiredConnections()
                nextSweep = clock.now.advanced(by: .milliseconds(100))
            }
            if let stopDeadline, clock.now >= stopDeadline {
                connections.values.forEach(closeConnection)
            }
        }
        if listener >= 0 { Socket.closeDescriptor(listener) }
        workers.shutDown()
        largeBodyWorkers.shutDown()
        wakeup.closeEnds()
        finished.signal()
    }

    private func takeInbox() {
        wakeup.drain()
        let (completions, pieces, isStopRequested) = inbox.withLock { inbox in
            defer {
                inbox.completions.removeAll(keepingCapacity: true)
                inbox.pieces.removeAll(keepingCapacity: true)
                inbox.isWakePending = false
            }
            return (inbox.completions, inbox.pieces, inbox.isStopRequested)
        }
        // Responses first: a streamed body's head is always posted before its pieces.
        for completion in completions {
            if let due = completion.due, due > clock.now, !isStopping {
                delayed.append((due, completion))
            } else {
                deliver(completion)
            }
        }
        pieces.forEach(take)
        if isStopRequested, !isStopping {
            beginStopping()
        }
    }

    /// Sends the response, or drops the connection as its fault says.
    private func deliver(_ completion: Completion) {
        guard let connection = connections[completion.descriptor], connection.phase == .handling else { return }
        switch completion.fault {
        case .reset?:
            Socket.resetOnClose(connection.descriptor)
            closeConnection(connection)
        case .close?, .empty?, .garbage?:
            send(completion.head, to: connection, closeAfter: true)
        case nil:
            // Once stopping, a response closes its connection unless pipelined requests are buffered (nothing
            // is read while a worker has the request).
            let keepAlive = completion.keepAlive && (!isStopping || connection.parser.bufferedByteCount > 0)
            send(completion.head, HTTPResponse.connectionField(keepAlive: keepAlive), completion.body,
                 to: connection, closeAfter: !keepAlive, streaming: completion.stream)
        }
    }

    /// Sends the delayed responses that are due (all of them once stopping), in the order they came.
    private func sendDueResponses() {
        guard !delayed.isEmpty else { return }
        let now = clock.now
        let due = delayed.filter { isStopping || $0.due <= now }
        guard !due.isEmpty else { return }
        delayed.removeAll { isStopping || $0.due <= now }
        due.forEach { deliver($0.completion) }
    }

    /// How long poll(2) may wait: 100 ms, less when a delayed response is due sooner.
    private func pollTimeout() -> Int32 {
        guard let next = delayed.lazy.map(\.due).min() else { return 100 }
        let (seconds, attoseconds) = clock.now.duration(to: next).components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(max(0, min(100, milliseconds)))
    }

    /// Closes the listener, reads what the connections waiting for a request have received, and closes
    /// those idle for `idleTimeoutWhenStopping` already; the others get that long for a request on its way.
    /// Requests are answered (`Connection: close` once nothing more is buffered), and whatever is left is
    /// closed after `stopGracePeriod`.
    private func beginStopping() {
        isStopping = true
        stopDeadline = clock.now.advanced(by: .seconds(configuration.stopGracePeriod))
        Socket.closeDescriptor(listener)
        listener = -1
        for connection in connections.values where connection.phase == .reading {
            receive(connection)
            if connection.phase == .reading { connection.deadline = requestDeadline(connection) }
        }
        closeExpiredConnections()
    }

    /// Accepts pending clients. When every place is taken, the connection waiting longest for a request
    /// head makes room; when none is waiting, the client is answered 503 (or closed at once, beyond
    /// `maxRefusedConnections`). Running out of descriptors also closes a waiting connection, else pauses.
    private func acceptClients() {
        for _ in 0..<128 {
            guard let client = Socket.acceptClient(listener) else {
                if SystemError.isResourceShortage(SystemError.current), !evictLongestWaiting() {
                    acceptPausedUntil = clock.now.advanced(by: .milliseconds(100))
                }
                return
            }
            let isFull = connections.count - refusedCount >= configuration.maxConnections && !evictLongestWaiting()
            if isFull, refusedCount >= Self.maxRefusedConnections {
                Socket.closeDescriptor(client)
                continue
            }
            let connection = Connection(descriptor: client, parser: HTTPRequestParser(configuration: parserConfiguration),
                                        now: clock.now, isRefused: isFull)
            connection.deadline = requestDeadline(connection)
            connections[client] = connection
            if isFull {
                refusedCount += 1
                let refusal = HTTPResponse(status: 503, text: "The server has too many connections.\n")
                send(refusal.serialized(date: date.now(), keepAlive: false, answering: nil), to: connection,
                     closeAfter: true)
            }
        }
    }

    /// Closes the connection that has waited longest for a complete request head, idle or slow; false
    /// when no connection is waiting (every one has a request in progress or a response to write).
    private func evictLongestWaiting() -> Bool {
        let waiting = connections.values.filter(\.isWaitingForHead)
        guard let longest = waiting.min(by: { $0.waitingSince < $1.waitingSince }) else { return false }
        closeConnection(longest)
        return true
    }

    /// The most refused clients kept while their 503 is delivered; beyond, they are closed at once.
    private static let maxRefusedConnections = 64
    /// The descriptors the process may need besides connections (listener, wake-up pipe, standard streams,
    /// files the handler opens).
    private static let reservedDescriptors = 64
}
