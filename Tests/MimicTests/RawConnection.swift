#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking TCP connection to the loopback for live tests that must see what URLSession hides: the bytes
/// as sent, and whether the connection was reset. Reads give up after 10 s.
final class RawConnection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "connect failed: errno \(errno)")
        }
    }

    deinit {
        close(descriptor)
    }

    /// Sends `text` whole.
    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Everything received until the server ends the connection, and whether it ended with a reset.
    func readUntilClosed() throws -> (bytes: [UInt8], reset: Bool) {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += chunk[..<count]
            } else if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                throw Failure(description: "timed out waiting for the server to close")
            } else {
                return (received, count < 0 && errno == ECONNRESET)
            }
        }
    }

    /// Whether bytes are waiting to be read now.
    func hasBytesWaiting() -> Bool {
        var byte: UInt8 = 0
        return withUnsafeMutableBytes(of: &byte) { recv(descriptor, $0.baseAddress, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) } > 0
    }

    /// A request from the arguments that asks the server to close the connection after answering.
    static func request(_ target: String, method: String = "GET", headers: [String] = []) -> String {
        (["\(method) \(target) HTTP/1.1", "Host: test", "Connection: close"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
    }
}
