import Dispatch
import Foundation
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0: malformed and abusive clients get their status and never stall the server.
@Suite struct HTTPServerRobustnessTests {
    /// Sends `request`, expects `statusLine` with `Connection: close`, then the close.
    private func expectRefusal(_ request: [UInt8], _ statusLine: String, configuration: HTTPServer.Configuration = .init())
        throws {
        try withServer(configuration) { _, port in
            let client = try TestClient(port: port)
            try client.send(bytes: request)
            let response = try client.readResponse()
            #expect(response.statusLine == statusLine)
            #expect(response.headers["Connection"] == "close")
            #expect(try client.isClosedByServer())
        }
    }

    @Test func bodyOverTheMaximumIs413() throws {
        try expectRefusal(Array("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n".utf8),
                          "HTTP/1.1 413 Content Too Large", configuration: .init(maxBodySize: 10))
    }

    @Test func a100KBRequestLineIs414() throws {
        try expectRefusal(Array(get("/" + String(repeating: "a", count: 100_000)).utf8), "HTTP/1.1 414 URI Too Long")
    }

    @Test func tenThousandHeadersAre431() throws {
        let fields = (0..<10_000).map { "X-H\($0): v\r\n" }.joined()
        try expectRefusal(Array(get("/", fields).utf8), "HTTP/1.1 431 Request Header Fields Too Large")
    }

    @Test func randomBytesAre400() throws {
        try expectRefusal([0x00, 0xFF, 0xFE, 0xFD, 0x20, 0x01, 0x02, 0x0D, 0x0A, 0x0D, 0x0A], "HTTP/1.1 400 Bad Request")
    }

    @Test func unknownTransferCodingIs501AndHTTP2Is505() throws {
        try expectRefusal(Array("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n".utf8),
                          "HTTP/1.1 501 Not Implemented")
        try expectRefusal(Array("GET / HTTP/2.0\r\nHost: t\r\n\r\n".utf8), "HTTP/1.1 505 HTTP Version Not Supported")
    }

    @Test func bytesBeyondTheContentLengthAreReadAsABadNextRequest() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabcdefgh\r\n\r\n")
            let first = try client.readResponse()
            #expect(first.statusLine == "HTTP/1.1 200 OK")
            #expect(first.text == "abc")
            let second = try client.readResponse()
            #expect(second.statusLine == "HTTP/1.1 400 Bad Request")
            #expect(second.headers["Connection"] == "close")
            #expect(try client.isClosedByServer())
        }
    }

    @Test func aClientVanishingMidRequestOrMidResponseLeavesTheServerServing() throws {
        let big: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            request.target == "/big" ? HTTPResponse(status: 200, body: Array(repeating: 0x61, count: 8 << 20))
                : echoHandler(request)
        }
        try withServer(handler: big) { _, port in
            let midRequest = try TestClient(port: port)
            try midRequest.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\npartial")
            midRequest.reset()
            let midResponse = try TestClient(port: port)
            try midResponse.send(get("/big"))
            midResponse.reset()
            let client = try TestClient(port: port)
            try client.send(get("/after"))
            #expect(try client.readResponse().statusLine == "HTTP/1.1 200 OK")
        }
    }

    @Test func aClientTooSlowToFinishItsRequestGets408AndIsClosed() throws {
        try withServer(.init(requestTimeout: 0.2)) { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /slow HTTP/1.1\r\nHost: t\r\nX-Slow: ")
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 408 Request Timeout")
            #expect(response.headers["Connection"] == "close")
            #expect(try client.isClosedByServer())
        }
    }

    @Test func anIdleKeepAliveConnectionIsClosedSilently() throws {
        try withServer(.init(idleTimeout: 0.2)) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/"))
            #expect(try client.readResponse().statusLine == "HTTP/1.1 200 OK")
            #expect(try client.isClosedByServer())
        }
    }

    @Test func fiveHundredIdleConnectionsDoNotBlockANewClient() throws {
        OpenFileLimit.raise(to: 4096)
        try withServer { _, port in
            let idle = try (0..<500).map { index in
                let client = try TestClient(port: port)
                if index.isMultiple(of: 2) { try client.send("GET /par") }
                return client
            }
            let client = try TestClient(port: port)
            try client.send(get("/"))
            #expect(try client.readResponse().statusLine == "HTTP/1.1 200 OK")
            // The idle connections were kept, not dropped: one that started a request finishes it, one that sent
            // nothing sends one, and both are answered.
            try idle[0].send("tial HTTP/1.1\r\nHost: test\r\n\r\n")
            #expect(try idle[0].readResponse().statusLine == "HTTP/1.1 200 OK")
            try idle[499].send(get("/"))
            #expect(try idle[499].readResponse().statusLine == "HTTP/1.1 200 OK")
        }
    }

    @Test func clientsBeyondTheConnectionCapGet503AndAreClosed() throws {
        try withServer(.init(maxConnections: 2)) { _, port in
            let admitted = try (0..<2).map { _ in try TestClient(port: port) }
            for client in admitted {
                try client.send(get("/"))
                #expect(try client.readResponse().statusLine == "HTTP/1.1 200 OK")
                // Busy receiving a body, so neither can be closed to make room (an idle one would be).
                try client.send("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nab")
            }
            let refused = try TestClient(port: port)
            let response = try refused.readResponse()
            #expect(response.statusLine == "HTTP/1.1 503 Service Unavailable")
            #expect(response.headers["Connection"] == "close")
            #expect(try refused.isClosedByServer())
        }
    }

    @Test func stopFinishesTheResponseInFlightThenRefusesConnections() throws {
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let server = HTTPServer(configuration: .init()) { _ in
            entered.signal()
            release.wait()
            return HTTPResponse(status: 200, text: "late")
        }
        let port = try server.start()
        let client = try TestClient(port: port)
        try client.send(get("/slow"))
        entered.wait()
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            server.stop()
            stopped.signal()
        }
        while (try? TestClient(port: port)) != nil {
            Thread.sleep(forTimeInterval: 0.001)
        }
        release.signal()
        let response = try client.readResponse()
        #expect(response.statusLine == "HTTP/1.1 200 OK")
        #expect(response.headers["Connection"] == "close")
        #expect(response.text == "late")
        stopped.wait()
        #expect(server.port == nil)
    }
}
