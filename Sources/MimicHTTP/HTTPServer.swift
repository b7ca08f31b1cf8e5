import MimicHTTPTypes
import Synchronization

/// An HTTP/1.1 server on POSIX sockets: one event-loop thread multiplexes every connection with poll(2)
/// and hands complete requests to a small pool of worker threads running `handler`.
///
/// It keeps connections alive, answers pipelined requests in order, sends `100 Continue`, answers HEAD
/// without body, and answers malformed requests with their 4xx/5xx status before closing. Every buffer
/// and queue is bounded by `Configuration`. It knows nothing of what the handler serves.
public final class HTTPServer: Sendable {
    /// The listening address and limits.
    public let configuration: Configuration
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let onRefusal: (@Sendable (Refusal) -> Void)?
    private let state = Mutex<State>(.idle)

    private enum State {
        case idle
        case running(EventLoop, port: Int)
        case stopped
    }

    /// A server that will answer every request with `handler`; call `start()` to listen. `onRefusal` hears
    /// of each request the server answers on its own (malformed, too slow, beyond a limit), on a worker
    /// thread, as `handler` runs.
    public init(
        configuration: Configuration = Configuration(), onRefusal: (@Sendable (Refusal) -> Void)? = nil,
        handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        self.configuration = configuration
        self.onRefusal = onRefusal
        self.handler = handler
    }

    /// Binds, listens and starts serving; returns the port listened on (the one picked when it was 0).
    @discardableResult
    public func start() throws(HTTPServerError) -> Int {
        try state.withLock { state throws(HTTPServerError) -> Int in
            guard case .idle = state else { throw .alreadyStarted }
            let loop = try EventLoop(configuration: configuration, handler: handler, onRefusal: onRefusal)
            loop.start()
            state = .running(loop, port: loop.port)
            return loop.port
        }
    }

    /// The port listened on while running, nil before `start()` and after `stop()`.
    public var port: Int? {
        state.withLock { state in
            guard case .running(_, let port) = state else { return nil }
            return port
        }
    }

    /// Stops gracefully and returns once done (at once when called from the handler): stops accepting,
    /// closes the connections idle between requests (one answered in the last 0.25 s is given that long
    /// for a request on its way), answers every request already received (buffered pipelined requests
    /// included) and those being received, the last on each connection with `Connection: close`, and
    /// closes what is left after `configuration.stopGracePeriod`. Safe to call from any thread, e.g. a
    /// signal-handling `DispatchSource`, and more than once.
    public func stop() {
        let loop: EventLoop? = state.withLock { state in
            guard case .running(let loop, _) = state else { return nil }
            state = .stopped
            return loop
        }
        loop?.stop()
    }
}
