#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// A response as read off the wire by `TestClient`.
struct TestResponse {
    let statusLine: String
    let headers: HTTPHeaders
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Why the test client gave up.
struct TestClientError: Error, CustomStringConvertible {
    let description: String
}

/// A blocking TCP client speaking raw bytes, so a test controls exactly what is sent and when
/// (pipelining, partial requests, disconnects). Reads give up after 10 s so a broken server fails the test
/// instead of hanging it.
final class TestClient {
    let descriptor: Int32
    private var received: [UInt8] = []

    init(port: Int, host: String = "127.0.0.1") throws {
        do {
            descriptor = try Socket.connectClient(host: host, port: port, receiveTimeout: 10)
        } catch {
            throw TestClientError(description: error.description)
        }
    }

    deinit {
        Socket.closeDescriptor(descriptor)
    }

    func send(_ text: String) throws {
        try send(bytes: Array(text.utf8))
    }

    func send(bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            guard let sent = Socket.sendAvailable(descriptor, bytes[offset...]), sent > 0 else {
                throw TestClientError(description: "send failed: errno \(SystemError.current)")
            }
            offset += sent
        }
    }

    /// Closes the connection at once with a reset (SO_LINGER 0), as a crashing client would.
    func reset() {
        Socket.reset(descriptor)
    }

    /// The next response; its body is read by `Content-Length` unless `isHead` or the status has none.
    func readResponse(isHead: Bool = false) throws -> TestResponse {
        let headEnd = try readUntilHeadEnd()
        let lines = String(decoding: received[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        received.removeFirst(headEnd + 4)
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers.add(String(parts[0]), parts.count > 1 ? String(parts[1].dropFirst()) : "")
        }
        let length = isHead ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
        while received.count < length { try receiveMore() }
        defer { received.removeFirst(length) }
        return TestResponse(statusLine: lines[0], headers: headers, body: Array(received[..<length]))
    }

    /// Whether the server closed the connection (end of stream or reset) with nothing more to read.
    func isClosedByServer() throws -> Bool {
        guard received.isEmpty else { return false }
        var byte: UInt8 = 0
        let count = withUnsafeMutableBytes(of: &byte) { Socket.receive(descriptor, into: $0) }
        if count < 0, SystemError.current == SystemError.wouldBlock { throw TestClientError(description: "timed out waiting for close") }
        if count == 1 { received.append(byte) }
        return count <= 0
    }

    /// Everything received until the server ends the connection, and whether it ended with a reset.
    func readUntilClosed() throws -> (bytes: [UInt8], reset: Bool) {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { Socket.receive(descriptor, into: $0) }
            if count > 0 {
                received += chunk[..<count]
                continue
            }
            if count < 0, SystemError.current == SystemError.wouldBlock { throw TestClientError(description: "timed out waiting for close") }
            defer { received.removeAll() }
            return (received, count < 0 && SystemError.current == ECONNRESET)
        }
    }

    /// Whether bytes are waiting to be read now.
    func hasBytesWaiting() -> Bool {
        guard received.isEmpty else { return true }
        var byte: UInt8 = 0
        return withUnsafeMutableBytes(of: &byte) { recv(descriptor, $0.baseAddress, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) } > 0
    }

    private func readUntilHeadEnd() throws -> Int {
        let terminator: [UInt8] = [13, 10, 13, 10]
        var searchFrom = 0
        while true {
            if received.count >= 4 {
                for index in searchFrom...(received.count - 4) where received[index..<index + 4].elementsEqual(terminator) {
                    return index
                }
                searchFrom = received.count - 3
            }
            try receiveMore()
        }
    }

    private func receiveMore() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { Socket.receive(descriptor, into: $0) }
        guard count > 0 else {
            throw TestClientError(description: count == 0 ? "connection closed" : "recv failed: errno \(SystemError.current)")
        }
        received += chunk[..<count]
    }
}
