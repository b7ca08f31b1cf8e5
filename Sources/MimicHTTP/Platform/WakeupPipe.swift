#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A non-blocking pipe: other threads write a byte to wake an event loop that waits on `reader`.
struct WakeupPipe {
    let reader: Int32
    private let writer: Int32

    init() throws(HTTPServerError) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw .systemCallFailed("pipe", errno: errno) }
        for end in ends { _ = fcntl(end, F_SETFL, O_NONBLOCK) }
        (reader, writer) = (ends[0], ends[1])
    }

    /// Makes `reader` readable.
    func signal() {
        var byte: UInt8 = 1
        _ = write(writer, &byte, 1)
    }

    /// Reads every pending wake-up byte.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(reader, &buffer, buffer.count) > 0 {}
    }

    func closeEnds() {
        close(reader)
        close(writer)
    }
}
