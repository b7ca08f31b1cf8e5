#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import MimicHTTP
@testable import MimicHTTPTypes
import Testing

/// Responses the handler delays or turns into a fault: the event loop holds them without a thread and
/// drops the connection as asked, on a live port.
@Suite struct HTTPServerDisturbanceTests {
    /// `echoHandler`, delayed by `X-Delay` milliseconds and failed as `X-Fault` says.
    static let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
        var response = echoHandler(request)
        response.delay = .milliseconds(Int(request.headers["X-Delay"] ?? "0") ?? 0)
        response.fault = request.headers["X-Fault"].flatMap(HTTPFault.init(rawValue:))
        return response
    }

    static var oneWorker: HTTPServer.Configuration {
        var configuration = HTTPServer.Configuration()
        configuration.workerThreads = 1
        return configuration
    }

    /// A response held a minute (the longest delay) while others are answered on the one worker thread;
    /// stopping the server sends it at once, so the test never waits on a clock.
    @Test func aDelayedResponseHoldsNoThreadWhileOthersAreAnswered() throws {
        let server = HTTPServer(configuration: Self.oneWorker, handler: Self.handler)
        let port = try server.start()
        let slow = try TestClient(port: port)
        try slow.send(get("/slow", "X-Delay: 60000\r\n"))
        let others = try (0..<3).map { _ in try TestClient(port: port) }
        for (index, client) in others.enumerated() {
            try client.send(get("/quick/\(index)"))
            #expect(try client.readResponse().headers["X-Path"] == "/quick/\(index)")
        }
        #expect(!slow.hasBytesWaiting())
        server.stop()
        let delayed = try slow.readResponse()
        #expect(delayed.statusLine == "HTTP/1.1 200 OK")
        #expect(delayed.headers["X-Path"] == "/slow")
        #expect(delayed.headers["Connection"] == "close")
    }

    @Test func pipelinedResponsesKeepTheirOrderWhenTheFirstIsDelayed() throws {
        try withServer(Self.oneWorker, handler: Self.handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/first", "X-Delay: 300\r\n") + get("/second") + get("/third", "X-Delay: 100\r\n"))
            #expect(try client.readResponse().headers["X-Path"] == "/first")
            #expect(try client.readResponse().headers["X-Path"] == "/second")
            #expect(try client.readResponse().headers["X-Path"] == "/third")
        }
    }

    @Test func resetSendsNothingAndResetsTheConnection() throws {
        try withServer(handler: Self.handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/", "X-Fault: reset\r\n"))
            let (bytes, reset) = try client.readUntilClosed()
            #expect(bytes.isEmpty)
            #expect(reset)
        }
    }

    @Test func emptyClosesWithoutAByte() throws {
        try withServer(handler: Self.handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/", "X-Fault: empty\r\n"))
            let (bytes, reset) = try client.readUntilClosed()
            #expect(bytes.isEmpty)
            #expect(!reset)
        }
    }

    @Test func garbageSendsBytesThatAreNotHTTPThenCloses() throws {
        try withServer(handler: Self.handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/", "X-Fault: garbage\r\nX-Delay: 50\r\n"))
            let (bytes, reset) = try client.readUntilClosed()
            #expect(bytes == [0x00, 0xFF, 0x13, 0x37, 0xC0, 0xDE, 0x0D, 0x0A, 0x7F, 0x80, 0x1B, 0x5B, 0xFE, 0x01, 0x0A, 0x00])
            #expect(!reset)
        }
    }

    @Test func closeBreaksOffAChunkedAnswerAfterItsHead() throws {
        try withServer(handler: Self.handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/cut", "X-Fault: close\r\n"))
            let (bytes, reset) = try client.readUntilClosed()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 200 OK\r\nDate: "))
            #expect(text.hasSuffix("\r\nContent-Type: text/plain; charset=utf-8\r\nX-Path: /cut\r\nTransfer-Encoding: chunked\r\n\r\nzz;\u{1}\r\nlskdu018973t09sylgasjkfg1][]'./.sdlv"))
            #expect(!reset)
        }
    }
}
