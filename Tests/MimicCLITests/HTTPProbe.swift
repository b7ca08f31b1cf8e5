import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking loopback client that pipelines many requests on one connection and reads back the status of
/// each answer: for driving a `mimic` process hard without a client library in the way.
final class HTTPProbe {
    private let descriptor: Int32
    private var received: [UInt8] = []

    /// Connects to `127.0.0.1:port`; reads give up after 10 s.
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
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    deinit {
        close(descriptor)
    }

    /// Sends `requests` (whole HTTP/1.1 requests) at once and returns the status of each answer, in order.
    func statuses(of requests: [String]) throws -> [Int] {
        let bytes = Array(requests.joined().utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            offset += sent
        }
        return try requests.map { _ in try readStatus() }
    }

    /// Reads one answer (its body by `Content-Length`) and returns its status.
    private func readStatus() throws -> Int {
        let terminator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = received.indices.dropLast(3).first { received[$0..<$0 + 4].elementsEqual(terminator) }
            if headEnd == nil { try receiveMore() }
        }
        let head = String(decoding: received[..<headEnd!], as: UTF8.self).lowercased()
        let lengthLine = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
        let length = lengthLine.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        while received.count < headEnd! + 4 + length { try receiveMore() }
        received.removeFirst(headEnd! + 4 + length)
        return Int(head.dropFirst("http/1.1 ".count).prefix(3)) ?? 0
    }

    private func receiveMore() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw POSIXError(count == 0 ? .ECONNRESET : POSIXErrorCode(rawValue: errno) ?? .EIO) }
        received += chunk[..<count]
    }
}
