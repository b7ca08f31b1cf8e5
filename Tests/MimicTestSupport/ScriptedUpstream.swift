#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A server on a loopback port that answers with bytes a test writes, for testing clients and proxies against
/// what a real server may do wrong: each connection's request (head, and body by `Content-Length`) is read and
/// recorded, then answered with ``Answer``.
public final class ScriptedUpstream: Sendable {
    /// What a connection gets once its request is read.
    public enum Answer: Sendable {
        /// These bytes, then the connection is closed.
        case bytes([UInt8])
        /// These bytes, then nothing (the connection stays open until ``stop()``).
        case bytesThenSilence([UInt8])
    }

    /// The port listened on.
    public let port: Int
    private let listener: Int32
    private let state = Mutex<(requests: [String], held: [Int32])>(([], []))
    private let finished = DispatchSemaphore(value: 0)

    /// Listens on a free loopback port and answers every connection with `answer(request)`, `request` being the
    /// received bytes as text.
    public init(answer: @escaping @Sendable (String) -> Answer) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && listen(descriptor, 16) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw LoopbackConnection.Failure(description: "cannot listen: errno \(errno)")
        }
        listener = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve(answer) }
        thread.start()
    }

    /// A server answering every request with the bytes of `text`, sent exactly as written.
    public convenience init(responding text: String) throws {
        try self.init { _ in .bytes(Array(text.utf8)) }
    }

    /// The requests received so far, as text, in order.
    public var requests: [String] {
        state.withLock { $0.requests }
    }

    /// Stops listening and closes the connections held open.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        finished.wait()
        close(listener)
        for descriptor in state.withLock({ $0.held }) { close(descriptor) }
    }

    private func serve(_ answer: @Sendable (String) -> Answer) {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { break }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let request = String(decoding: Self.readRequest(client), as: UTF8.self)
            state.withLock { $0.requests.append(request) }
            switch answer(request) {
            case .bytes(let bytes):
                Self.write(bytes, to: client)
                shutdown(client, Int32(SHUT_WR))
                Self.drain(client)
                close(client)
            case .bytesThenSilence(let bytes):
                Self.write(bytes, to: client)
                state.withLock { $0.held.append(client) }
            }
        }
        finished.signal()
    }

    private static func readRequest(_ client: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let terminator = Array("\r\n\r\n".utf8)
        while true {
            if let headEnd = received.indices.dropLast(3).first(where: { received[$0..<$0 + 4].elementsEqual(terminator) }) {
                let head = String(decoding: received[..<headEnd], as: UTF8.self).lowercased()
                let line = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                let length = line.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if received.count >= headEnd + 4 + length { return received }
            }
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return received }
            received += chunk[..<count]
        }
    }

    private static func write(_ bytes: [UInt8], to client: Int32) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    /// Reads until the client closes (at most the receive timeout), so that closing does not reset what was sent.
    private static func drain(_ client: Int32) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while chunk.withUnsafeMutableBytes({ recv(client, $0.baseAddress, $0.count, 0) }) > 0 {}
    }
}
