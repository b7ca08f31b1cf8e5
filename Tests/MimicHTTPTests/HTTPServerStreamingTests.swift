import Foundation
import MimicHTTP
import MimicHTTPTypes
import MimicTestSupport
import Synchronization
import Testing

/// Responses whose body is streamed (`HTTPResponse.bodyStream`): sent piece by piece, framed by length or
/// chunked, cut off when the body breaks, and the stream closed when the client goes away.
@Suite struct HTTPServerStreamingTests {
    /// A stream of `count` pieces of 64 KiB, each filled with its index, then an error when `failing`.
    final class CountingStream: Sendable {
        let produced = Mutex(0)
        private let closed = Atomic(false)
        let count: Int
        let failing: Bool

        init(pieces count: Int, failing: Bool = false) {
            self.count = count
            self.failing = failing
        }

        static let pieceSize = 64 * 1024

        var isClosed: Bool {
            closed.load(ordering: .relaxed)
        }

        var expectedBody: [UInt8] {
            (0..<count).flatMap { [UInt8](repeating: UInt8($0 % 256), count: Self.pieceSize) }
        }

        func stream(knowingLength: Bool) -> HTTPBodyStream {
            HTTPBodyStream(remainingLength: knowingLength ? count * Self.pieceSize : nil, read: { [self] in
                let index = produced.withLock { produced in
                    defer { produced += 1 }
                    return produced
                }
                if index == count, failing { throw CocoaError(.fileReadUnknown) }
                return index < count ? [UInt8](repeating: UInt8(index % 256), count: Self.pieceSize) : nil
            }, finish: { [self] in closed.store(true, ordering: .relaxed) })
        }
    }

    private func server(_ stream: @escaping @Sendable () -> HTTPBodyStream, prefix: String = "") throws -> (HTTPServer, HTTPClient) {
        let server = HTTPServer { _ in
            var response = HTTPResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: Array(prefix.utf8))
            response.bodyStream = stream()
            return response
        }
        let port = try server.start()
        let client = HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(port)"), configuration: .init(maxBodySize: 64 * 1024 * 1024))
        return (server, client)
    }

    @Test func sendsABodyOfKnownLengthWithContentLengthAfterTheResponsesOwnBody() throws {
        let source = CountingStream(pieces: 40)
        let (server, client) = try server({ source.stream(knowingLength: true) }, prefix: "start")
        defer { server.stop() }
        let response = try client.send(HTTPRequest(method: "GET", target: "/"))
        #expect(response.headers["Content-Length"] == String(5 + 40 * CountingStream.pieceSize))
        #expect(response.headers["Transfer-Encoding"] == nil)
        #expect(response.body == Array("start".utf8) + source.expectedBody)
        #expect(source.isClosed)
    }

    @Test func sendsABodyOfUnknownLengthChunked() throws {
        let source = CountingStream(pieces: 3)
        let (server, client) = try server({ source.stream(knowingLength: false) })
        defer { server.stop() }
        let response = try client.send(HTTPRequest(method: "GET", target: "/"))
        #expect(response.headers["Transfer-Encoding"] == "chunked")
        #expect(response.body == source.expectedBody)
    }

    @Test func keepsTheConnectionForTheNextRequestAfterAStreamedBody() throws {
        let (server, _) = try server({ CountingStream(pieces: 2).stream(knowingLength: true) })
        defer { server.stop() }
        let connection = try LoopbackConnection(port: try #require(server.port))
        let request = "GET / HTTP/1.1\r\nHost: test\r\n\r\n"
        #expect(try connection.statuses(of: [request, request]) == [200, 200])
    }

    @Test func cutsTheResponseOffWhenTheBodyBreaks() throws {
        let source = CountingStream(pieces: 2, failing: true)
        let (server, client) = try server({ source.stream(knowingLength: false) })
        defer { server.stop() }
        #expect(throws: HTTPClientError.incompleteResponse) { try client.send(HTTPRequest(method: "GET", target: "/")) }
        #expect(source.isClosed)
    }

    @Test func closesTheStreamWhenTheClientGoesAwayWithoutReadingAndReadsOnlyAFewPiecesAhead() async throws {
        let source = CountingStream(pieces: 1_000_000)
        let (server, _) = try server({ source.stream(knowingLength: false) })
        defer { server.stop() }
        var last = -1
        do {
            let client = try TestClient(port: try #require(server.port))
            try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            // Unread, the socket buffers fill and the server stops reading the stream: a few pieces ahead, not all.
            for _ in 0..<400 {
                try await Task.sleep(for: .milliseconds(20))
                let now = source.produced.withLock { $0 }
                if now == last { break }
                last = now
            }
            client.reset()
        }
        #expect(last < 1_000)
        for _ in 0..<500 where !source.isClosed {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(source.isClosed)
    }
}
