#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import MimicHTTP

/// The client side, for `TestClient`, which speaks raw bytes to the server.
extension Socket {
    /// A blocking socket connected to the first address of `host:port`, whose reads give up after
    /// `receiveTimeout` seconds.
    static func connectClient(host: String, port: Int, receiveTimeout: Int) throws(HTTPServerError) -> Int32 {
        try withAddresses(host: host, port: port, flags: 0) { info throws(HTTPServerError) in
            let descriptor = try open(info.pointee, nonBlocking: false)
            var timeout = timeval()
            timeout.tv_sec = time_t(receiveTimeout)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            guard connect(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
                let error = errno
                close(descriptor)
                throw .systemCallFailed("connect", errno: error)
            }
            return descriptor
        }
    }

    /// Drops the connection with a reset (SO_LINGER 0), as a crashing client would.
    static func reset(_ descriptor: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        shutdown(descriptor, Int32(SHUT_RDWR))
    }
}
