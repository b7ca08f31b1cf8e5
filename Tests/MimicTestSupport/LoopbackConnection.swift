#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A blocking TCP connection to the loopback, for live tests that must see what a client library hides: the
/// bytes as sent, many requests pipelined at once, and whether the connection was reset. Reads give up after
/// 10 s, so a broken server fails the test instead of hanging it.
public final class LoopbackConnection {
    /// Why the connection gave up.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private let descriptor: Int32
    private var received: [UInt8] = []

    /// Connects to `127.0.0.1:port`.
    public init(port: Int) throws {
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
    public func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Sends `requests` (whole HTTP/1.1 requests) at once and returns the status of each answer, in order.
    public func statuses(of requests: [String]) throws -> [Int] {
        try send(requests.joined())
        return try requests.map { _ in try readStatus() }
    }

    /// Everything received until the server ends the connection, and whether it ended with a reset.
    public func readUntilClosed() throws -> (bytes: [UInt8], reset: Bool) {
        while true {
            let count = try receive()
            if count <= 0 { return (received, count < 0) }
        }
    }

    /// Whether bytes are waiting to be read now.
    public func hasBytesWaiting() -> Bool {
        var byte: UInt8 = 0
        return withUnsafeMutableBytes(of: &byte) { recv(descriptor, $0.baseAddress, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) } > 0
    }

    /// A request from the arguments that asks the server to close the connection after answering.
    public static func request(_ target: String, method: String = "GET", headers: [String] = []) -> String {
        (["\(method) \(target) HTTP/1.1", "Host: test", "Connection: close"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
    }

    /// Reads one answer (its body by `Content-Length`) and returns its status.
    private func readStatus() throws -> Int {
        let terminator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = received.indices.dropLast(3).first { received[$0..<$0 + 4].elementsEqual(terminator) }
            if headEnd == nil, try receive() <= 0 { throw Failure(description: "the server closed the connection") }
        }
        let head = String(decoding: received[..<headEnd!], as: UTF8.self).lowercased()
        let lengthLine = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
        let length = lengthLine.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        while received.count < headEnd! + 4 + length {
            if try receive() <= 0 { throw Failure(description: "the server closed the connection") }
        }
        received.removeFirst(headEnd! + 4 + length)
        return Int(head.dropFirst("http/1.1 ".count).prefix(3)) ?? 0
    }

    /// Receives what is there into ``received``: the count received, 0 at the end of the stream, -1 on a reset.
    private func receive() throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            received += chunk[..<count]
            return count
        }
        if count < 0, errno == EAGAIN || errno == EWOULDBLOCK { throw Failure(description: "timed out waiting for the server") }
        if count < 0, errno != ECONNRESET { throw Failure(description: "recv failed: errno \(errno)") }
        return count < 0 ? -1 : 0
    }
}
