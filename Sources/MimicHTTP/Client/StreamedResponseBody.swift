import Synchronization

/// The rest of a response body still on its connection, read piece by piece for an ``HTTPBodyStream`` (see
/// ``HTTPClient/send(_:streamingBodiesBeyond:)``): each piece is what one read brings, at most 64 KiB.
final class StreamedResponseBody: Sendable {
    private struct State: ~Copyable {
        var descriptor: Int32
        var parser: HTTPResponseParser
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var isClosed = false
    }

    private let state: Mutex<State>
    private let readTimeout: Double

    /// The body `parser` has begun to read from `descriptor`, which this now owns; each read waits at most
    /// `readTimeout` seconds.
    init(descriptor: Int32, parser: HTTPResponseParser, readTimeout: Double) {
        state = Mutex(State(descriptor: descriptor, parser: parser))
        self.readTimeout = readTimeout
    }

    /// The next piece of the body, nil at its end.
    func next() throws(HTTPClientError) -> [UInt8]? {
        try state.withLock { state throws(HTTPClientError) -> [UInt8]? in
            while true {
                let piece = state.parser.takeBody()
                if !piece.isEmpty { return piece }
                if state.parser.isComplete { return nil }
                if state.isClosed { throw .incompleteResponse }
                let deadline = ContinuousClock.now.advanced(by: .seconds(readTimeout))
                guard Socket.wait(state.descriptor, for: .readable, until: deadline) else {
                    throw .responseTimedOut(seconds: readTimeout)
                }
                let descriptor = state.descriptor
                let count = state.buffer.withUnsafeMutableBytes { Socket.receive(descriptor, into: $0) }
                if count < 0, SystemError.isTransient(SystemError.current) { continue }
                if count <= 0 {
                    _ = try state.parser.finishAtEndOfStream()
                    continue
                }
                state.buffer.withUnsafeBytes { bytes in
                    state.parser.append(UnsafeRawBufferPointer(rebasing: bytes[..<count]))
                }
                _ = try state.parser.parse()
            }
        }
    }

    /// Closes the connection.
    func close() {
        state.withLock { state in
            guard !state.isClosed else { return }
            state.isClosed = true
            Socket.closeDescriptor(state.descriptor)
        }
    }
}
