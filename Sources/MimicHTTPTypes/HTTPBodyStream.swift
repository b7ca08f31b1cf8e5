import Synchronization

/// The rest of a response body, read piece by piece while the response is sent, for a body too large to hold
/// whole (a real server's, passed on by `mimic proxy`): the server sends the response's `body`, then every piece
/// ``next()`` gives, with bounded buffers, and calls ``close()`` when done or when the client went away.
///
/// One thread reads it at a time. Two streams are equal only when they are the same stream.
public final class HTTPBodyStream: Sendable, Equatable {
    private let closed = Atomic(false)
    /// How many bytes the stream still holds, when known (the whole body then has a `Content-Length`); nil when
    /// only its end will tell (the body is then sent chunked).
    public let remainingLength: Int?
    private let read: @Sendable () throws -> [UInt8]?
    private let finish: @Sendable () -> Void

    /// A stream of `remainingLength` bytes (nil: unknown) whose pieces `read` gives (nil at the end; it throws when
    /// the body breaks off), released by `finish`, which ``close()`` calls once.
    public init(remainingLength: Int?, read: @escaping @Sendable () throws -> [UInt8]?, finish: @escaping @Sendable () -> Void) {
        self.remainingLength = remainingLength
        self.read = read
        self.finish = finish
    }

    /// The next piece (never empty), nil at the end of the body; throws when the body breaks off.
    public func next() throws -> [UInt8]? {
        try read()
    }

    /// Releases what the stream reads from; it gives nothing more.
    public func close() {
        guard !closed.exchange(true, ordering: .relaxed) else { return }
        finish()
    }

    public static func == (left: HTTPBodyStream, right: HTTPBodyStream) -> Bool {
        left === right
    }
}
