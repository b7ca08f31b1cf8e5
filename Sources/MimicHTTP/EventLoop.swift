import MimicHTTPTypes
import Dispatch
import Foundation
import Synchronization

/// One of a server's event-loop threads: it accepts clients from the shared listener and owns them to the end,
/// waiting on them with an ``EventPoller`` (epoll on Linux) where each is registered once.
///
/// Requests are answered on the loop thread itself, the handler running inline, unless they may take long: a
/// body of ``HTTPServer/Configuration/largeBodySize`` or more, a streamed response body, or any request when
/// ``HTTPServer/Configuration/handlerMayBlock``; those go to the group's workers, which post the response back
/// through `inbox` and the wake-up pipe, as `stop()` posts the stop request and other loops post connections
/// they claimed for closing. Everything else is touched by the loop thread alone, which is what makes the
/// `@unchecked Sendable` sound.
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
        /// Connections of this loop another claimed in the ledger, to make room for its new client.
        var evictions: [Eviction] = []
        /// Clients another loop accepted and admitted, for this one to serve.
        var adoptions: [Adoption] = []
        var isWakePending = false
    }

    /// This loop's place in the group, as the ledger records owners.
    let index: Int
    let group: EventLoopGroup
    let configuration: HTTPServer.Configuration
    let parserConfiguration: HTTPRequestParser.Configuration
    let date = HTTPDate()
    let clock = ContinuousClock()
    private let inbox = Mutex(Inbox())
    /// Set by `requestStop()`; a handler that ran long on the loop may find it set before the loop had a look at
    /// its inbox, and its response then closes the connection as once stopping.
    private let isStopRequested = Atomic(false)
    private let wakeup: WakeupPipe
    private let thread = Mutex<pthread_t?>(nil)
    /// When the loop's current round began (its poller's wake-up, as ``ConnectionLedger/moment(_:)`` records it),
    /// 0 while it waits: other loops read it to tell whether this one keeps up.
    let roundBegan = Atomic<Int64>(0)

    // Loop thread only.
    var poller: EventPoller
    private var isListening = false
    var acceptPausedUntil: ContinuousClock.Instant?
    /// New clients accepted while the server was full and no connection could be claimed, waiting for the
    /// claims of other loops to free places (``retryAwaitingRoom()`` each round).
    var awaitingRoom: [AwaitingRoom] = []
    private var nextSweep: ContinuousClock.Instant
    /// When the connections still open after `stop()` are closed.
    private var stopDeadline: ContinuousClock.Instant?
    /// Responses held until they are due, at most one per connection (its request is being handled).
    private var delayed: [(due: ContinuousClock.Instant, completion: Completion)] = []
    /// Where every connection's bytes are read into before the parser takes them. Raw memory, never zeroed: only
    /// the bytes a read received are looked at, and a zeroed buffer cost each loop a 64 KiB `memset` and its page
    /// faults at every start, before the server could listen.
    let readBuffer: UnsafeMutableRawBufferPointer
    var connections: [Int32: Connection] = [:]
    var isStopping = false

    /// A loop of `group` with its poller and wake-up pipe; it runs once `start()` is called.
    init(index: Int, group: EventLoopGroup) throws(HTTPServerError) {
        self.index = index
        self.group = group
        configuration = group.configuration
        parserConfiguration = HTTPRequestParser.Configuration(maxBodySize: configuration.maxBodySize)
        poller = try EventPoller()
        wakeup = try WakeupPipe()
        nextSweep = clock.now
        readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
        poller.register(wakeup.reader, for: .readable)
    }

    deinit {
        readBuffer.deallocate()
    }

    /// Starts the loop thread.
    func start() {
        let thread = Thread { [self] in
            ThreadName.set("mimic-loop-\(index)")
            self.thread.withLock { $0 = pthread_self() }
            run()
        }
        thread.start()
    }

    /// Whether the calling thread is this loop's.
    var isCurrentThread: Bool {
        let current = pthread_self()
        return thread.withLock { $0.map { pthread_equal($0, current) != 0 } ?? false }
    }

    /// Asks the loop to stop; it ends once its connections are done (see ``HTTPServer/stop()``).
    func requestStop() {
        isStopRequested.store(true, ordering: .releasing)
        enqueue { _ in }
    }

    /// Hands a worker's response to the loop.
    func post(_ completion: Completion) {
        enqueue { $0.completions.append(completion) }
    }

    /// Hands a worker's piece of a streamed body to the loop.
    func post(_ piece: StreamPiece) {
        enqueue { $0.pieces.append(piece) }
    }

    /// Asks the loop to close a connection of its that another loop claimed in the ledger.
    func post(_ eviction: Eviction) {
        enqueue { $0.evictions.append(eviction) }
    }

    /// Hands the loop an admitted client to serve.
    func post(_ adoption: Adoption) {
        enqueue { $0.adoptions.append(adoption) }
    }

    /// Closes the wake-up pipe, once no worker can post any more, and the clients handed to the loop after it
    /// ended (to serve, or with a claim).
    func closeWakeup() {
        wakeup.closeEnds()
        let (adoptions, evictions) = inbox.withLock { ($0.adoptions, $0.evictions) }
        adoptions.forEach { Socket.closeDescriptor($0.client) }
        evictions.compactMap(\.newcomer).forEach(Socket.closeDescriptor)
    }

    private func enqueue(_ change: (inout Inbox) -> Void) {
        let needsWake = inbox.withLock { inbox in
            change(&inbox)
            defer { inbox.isWakePending = true }
            return !inbox.isWakePending
        }
        if needsWake { wakeup.signal() }
    }

    private func run() {
        listen(true)
        while !(isStopping && connections.isEmpty) {
            roundBegan.store(0, ordering: .relaxed)
            poller.wait(milliseconds: pollTimeout())
            roundBegan.store(group.ledger.moment(clock.now), ordering: .relaxed)
            // Accept last: a descriptor closed in this round cannot be reused by a new client before its stale
            // events are looked at.
            var isClientWaiting = false
            for (descriptor, events) in poller.ready {
                if descriptor == wakeup.reader {
                    takeInbox()
                } else if descriptor == group.listener {
                    isClientWaiting = isListening
                } else if let connection = connections[descriptor] {
                    service(connection, events: events)
                    settle(connection)
                }
            }
            if !awaitingRoom.isEmpty { retryAwaitingRoom() }
            if isClientWaiting { acceptClient() }
            sendDueResponses()
            let now = clock.now
            if let acceptPausedUntil, now >= acceptPausedUntil, !isStopping {
                self.acceptPausedUntil = nil
                listen(true)
            }
            if now >= nextSweep {
                closeExpiredConnections()
                nextSweep = now.advanced(by: .milliseconds(100))
            }
            if let stopDeadline, now >= stopDeadline {
                connections.values.forEach(closeConnection)
            }
        }
        listen(false)
        awaitingRoom.forEach { Socket.closeDescriptor($0.client) }
        group.loopEnded()
    }

    /// Starts or stops waiting for new clients on the shared listener.
    func listen(_ on: Bool) {
        guard on != isListening else { return }
        isListening = on
        if on {
            poller.register(group.listener, for: .readable, exclusive: true)
        } else {
            poller.deregister(group.listener)
        }
    }

    /// Registers, changes or drops what the poller waits for on the connection, when that changed; nothing for
    /// a connection closed meanwhile (closing deregistered it).
    func settle(_ connection: Connection) {
        guard connections[connection.descriptor] === connection else { return }
        let wanted = connection.pollEvents
        if wanted != connection.registeredEvents {
            if wanted.isEmpty {
                poller.deregister(connection.descriptor)
            } else if connection.registeredEvents.isEmpty {
                poller.register(connection.descriptor, for: wanted)
            } else {
                poller.change(connection.descriptor, to: wanted)
            }
            connection.registeredEvents = wanted
        }
        group.ledger.publish(connection.descriptor, loop: index,
                             waitingSince: connection.isWaitingForHead ? connection.waitingSince : nil)
    }

    private func takeInbox() {
        wakeup.drain()
        let (completions, pieces, evictions, adoptions) = inbox.withLock { inbox in
            defer {
                inbox.completions.removeAll(keepingCapacity: true)
                inbox.pieces.removeAll(keepingCapacity: true)
                inbox.evictions.removeAll(keepingCapacity: true)
                inbox.adoptions.removeAll(keepingCapacity: true)
                inbox.isWakePending = false
            }
            return (inbox.completions, inbox.pieces, inbox.evictions, inbox.adoptions)
        }
        // Responses first: a streamed body's head is always posted before its pieces.
        completions.forEach { schedule($0) }
        for piece in pieces {
            take(piece)
            if let connection = connections[piece.descriptor] { settle(connection) }
        }
        // Adoptions before evictions: a client on its way here may be claimed already.
        adoptions.forEach(adopt)
        evictions.forEach(evict)
        if isStopRequested.load(ordering: .acquiring), !isStopping {
            beginStopping()
        }
    }

    /// Sends the response now, or holds it until it is due; `coalescing` as ``send(_:to:closeAfter:streaming:coalescing:)``.
    func schedule(_ completion: Completion, coalescing: Bool = false) {
        if let due = completion.due, due > clock.now, !isStopping {
            delayed.append((due, completion))
        } else {
            deliver(completion, coalescing: coalescing)
        }
    }

    /// Sends the response, or drops the connection as its fault says.
    private func deliver(_ completion: Completion, coalescing: Bool = false) {
        guard let connection = connections[completion.descriptor], connection.phase == .handling else { return }
        switch completion.fault {
        case .reset?:
            Socket.resetOnClose(connection.descriptor)
            closeConnection(connection)
        case .close?, .empty?, .garbage?:
            send(completion.head, to: connection, closeAfter: true)
        case nil:
            // Once stopping, a response closes its connection unless pipelined requests are buffered (nothing
            // is read while the request is handled). The group's flag is set before new clients are refused, this
            // loop's own only after: a client refused can count on the response in flight closing its connection.
            let isStopping = isStopping || group.isStopBegun
            let keepAlive = completion.keepAlive && (!isStopping || connection.parser.bufferedByteCount > 0)
            send(completion.head, HTTPResponse.connectionField(keepAlive: keepAlive), completion.body,
                 to: connection, closeAfter: !keepAlive, streaming: completion.stream, coalescing: coalescing)
        }
        if !coalescing { settle(connection) }
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

    /// How long the poller may wait: 100 ms, less when a delayed response is due sooner, 1 ms while clients
    /// wait for room.
    private func pollTimeout() -> Int32 {
        guard awaitingRoom.isEmpty else { return 1 }
        guard let next = delayed.lazy.map(\.due).min() else { return 100 }
        let (seconds, attoseconds) = clock.now.duration(to: next).components
        let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(max(0, min(100, milliseconds)))
    }

    /// Stops accepting, reads what the connections waiting for a request have received, and closes
    /// those idle for `idleTimeoutWhenStopping` already; the others get that long for a request on its way.
    /// Requests are answered (`Connection: close` once nothing more is buffered), and whatever is left is
    /// closed after `stopGracePeriod`.
    private func beginStopping() {
        isStopping = true
        stopDeadline = clock.now.advanced(by: .seconds(configuration.stopGracePeriod))
        acceptPausedUntil = nil
        listen(false)
        for connection in connections.values where connection.phase == .reading {
            receive(connection)
            if connection.phase == .reading { connection.deadline = requestDeadline(connection) }
            settle(connection)
        }
        closeExpiredConnections()
    }
}
