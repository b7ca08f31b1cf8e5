import MimicHTTPTypes
import Synchronization

/// An HTTP/1.1 server on POSIX sockets: `configuration.eventLoops` event-loop threads share the listening
/// socket, each multiplexing the connections it accepted with epoll(7) and answering their requests itself,
/// running `handler` inline; a small pool of worker threads takes the requests that may take long (see
/// ``Configuration/handlerMayBlock`` and ``Configuration/largeBodySize``). The limits of `configuration` hold
/// for the server as a whole, whichever loop a connection is on.
///
/// It keeps connections alive, answers pipelined requests in order, sends `100 Continue`, answers HEAD
/// without body, and answers malformed requests with their 4xx/5xx status before closing. Every buffer
/// and queue is bounded by `Configuration`. It knows nothing of what the handler serves.
public final class HTTPServer: Sendable {
    /// The listening address and limits.
    public let configuration: Configuration
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let onRefusal: (@Sendable (Refusal) -> Void)?
    private let decorateRefusal: (@Sendable (HTTPResponse, HTTPHeaders) -> HTTPResponse)?
    private let state = Mutex<State>(.idle)

    private enum State {
        case idle
        case running(EventLoopGroup)
        case stopped
    }

    /// A server that will answer every request with `handler`; call `start()` to listen. `handler` runs on the
    /// event-loop threads and, for the requests they hand over, on the worker threads, so on several threads at
    /// once. `onRefusal` hears of each request the server answers on its own (malformed, too slow, beyond a
    /// limit), on a worker thread; `decorateRefusal` may change each such answer, given the header fields of the
    /// request as far as they were read (to add CORS fields, say), on an event-loop thread.
    public init(
        configuration: Configuration = Configuration(), onRefusal: (@Sendable (Refusal) -> Void)? = nil,
        decorateRefusal: (@Sendable (HTTPResponse, HTTPHeaders) -> HTTPResponse)? = nil,
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        self.configuration = configuration
        self.onRefusal = onRefusal
        self.decorateRefusal = decorateRefusal
        self.handler = handler
    }

    /// Binds, listens and starts serving; returns the port listened on (the one picked when it was 0).
    @discardableResult
    public func start() throws(HTTPServerError) -> Int {
        try state.withLock { state throws(HTTPServerError) -> Int in
            guard case .idle = state else { throw .alreadyStarted }
            let group = try EventLoopGroup(configuration: configuration, handler: handler, onRefusal: onRefusal,
                                           decorateRefusal: decorateRefusal)
            group.start()
            state = .running(group)
            return group.port
        }
    }

    /// The port listened on while running, nil before `start()` and after `stop()`.
    public var port: Int? {
        state.withLock { state in
            guard case .running(let group) = state else { return nil }
            return group.port
        }
    }

    /// Stops gracefully and returns once done (at once when called from the handler, on any of the server's
    /// threads): every event loop stops accepting,
    /// closes the connections idle between requests (one answered in the last 0.25 s is given that long
    /// for a request on its way), answers every request already received (buffered pipelined requests
    /// included) and those being received, the last on each connection with `Connection: close`, and
    /// closes what is left after `configuration.stopGracePeriod`. Safe to call from any thread, e.g. a
    /// signal-handling `DispatchSource`, and more than once.
    public func stop() {
        let group: EventLoopGroup? = state.withLock { state in
            guard case .running(let group) = state else { return nil }
            state = .stopped
            return group
        }
        group?.stop()
    }
}
