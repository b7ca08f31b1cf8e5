import MimicHTTPTypes

/// One client connection, owned by the event-loop thread (a class, so its buffers are never copied).
final class Connection {
    /// What the connection waits for.
    enum Phase: Equatable {
        /// Reading a request (or idle between requests).
        case reading
        /// A request is being answered (by the handler, or held until its delay passes); nothing is read until
        /// its response is queued, which keeps pipelined responses in order.
        case handling
        /// Writing `outgoing`; afterwards the connection closes or reads again.
        case writing(closeAfter: Bool)
        /// Writing a response whose body a worker streams in pieces (``stream``); once its last piece is queued,
        /// the connection is `writing`.
        case streaming(closeAfter: Bool)
        /// Write side shut after a final response; reading and discarding until the client closes, so
        /// unread bytes do not turn the close into a reset that destroys the response.
        case draining
    }

    let descriptor: Int32
    var parser: HTTPRequestParser
    var phase = Phase.reading
    var outgoing: [UInt8] = []
    var sentCount = 0
    /// When the connection is closed (answered 408 first if a request was started) unless something
    /// happens; nil while a worker has its request.
    var deadline: ContinuousClock.Instant?
    /// When the connection began waiting for its next request: when it was accepted, or when its last
    /// response was written. The connection waiting longest is the first closed to make room.
    var waitingSince: ContinuousClock.Instant
    /// When the current request's time began (it is not renewed by each byte): at the connection for its
    /// first request, else at the request's first byte; nil while idle between requests.
    var requestStarted: ContinuousClock.Instant?
    /// The bytes of the body budget held for the current request, until its response is queued.
    var reservedBodyBytes = 0
    /// The channel of the body being streamed, while ``phase`` is `streaming`.
    var stream: StreamChannel?
    /// The streamed pieces queued in `outgoing` since it was last written whole.
    var streamedPiecesQueued = 0
    /// What the loop's poller waits for on the connection (none: not registered).
    var registeredEvents: PollEvents = []
    /// Whether this is a client refused because the server is full; it is not counted as a connection.
    let isRefused: Bool

    /// A connection accepted at `now`, whose first request's time starts at once.
    init(descriptor: Int32, parser: HTTPRequestParser, now: ContinuousClock.Instant, isRefused: Bool) {
        self.descriptor = descriptor
        self.parser = parser
        waitingSince = now
        requestStarted = now
        self.isRefused = isRefused
    }

    /// Whether the connection waits for a request head, idle or in the middle of one, with nothing to
    /// write: it may be closed to make room for a new client.
    var isWaitingForHead: Bool {
        !isRefused && phase == .reading && sentCount == outgoing.count && parser.isReadingHead
    }

    /// The events the loop's poller waits for on the connection: none while its request is handled (then it is
    /// not registered, so a hang-up cannot wake the loop over and over) or a streamed body waits for its next
    /// piece.
    var pollEvents: PollEvents {
        switch phase {
        case .reading: sentCount < outgoing.count ? [.readable, .writable] : .readable
        case .handling: []
        case .writing: .writable
        case .streaming: sentCount < outgoing.count ? .writable : []
        case .draining: .readable
        }
    }
}
