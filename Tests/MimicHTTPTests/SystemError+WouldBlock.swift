#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import MimicHTTP

extension SystemError {
    /// `EAGAIN`: nothing to read (or the receive timeout passed) on a socket.
    static var wouldBlock: Int32 { EAGAIN }
}
