import Dispatch
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0: connection reuse, ordering and the interim and HEAD answers.
@Suite struct HTTPServerConnectionTests {
    @Test func keepAliveConnectionServesSeveralRequestsWithTheServerHeaders() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            for path in ["/a", "/b"] {
                try client.send(get(path))
                let response = try client.readResponse()
                #expect(response.statusLine == "HTTP/1.1 200 OK")
                #expect(response.headers.map(\.name) == ["Date", "Content-Type", "X-Path", "Content-Length", "Connection"])
                #expect(response.headers["Content-Length"] == "5")
                #expect(response.headers["Connection"] == "keep-alive")
                #expect(response.headers["X-Path"] == path)
                #expect(response.text == "hello")
            }
        }
    }

    @Test func dateIsAnIMFFixdate() throws {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/"))
            let date = try #require(try client.readResponse().headers["Date"])
            #expect(date.count == 29 && date.hasSuffix(" GMT"))
        }
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            #expect(try client.readResponse().headers["Connection"] == "keep-alive")
            try client.send("GET / HTTP/1.0\r\n\r\n")
            #expect(try client.readResponse().headers["Connection"] == "close")
            #expect(try client.isClosedByServer())
        }
    }

    @Test func connectionCloseIsHonouredAfterTheResponse() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/", "Connection: close\r\n"))
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.headers["Connection"] == "close")
            #expect(try client.isClosedByServer())
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            let paths = (1...10).map { "/\($0)" }
            try client.send(paths.map { get($0) }.joined())
            let answered = try paths.map { _ in try client.readResponse().headers["X-Path"] }
            #expect(answered == paths)
        }
    }

    @Test func chunkedUploadIsDecodedBeforeTheHandler() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /up HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n")
            try client.send("5;ext=1\r\nhello\r\n")
            try client.send("7\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.text == "hello, world")
        }
    }

    @Test func expectContinueGetsAnInterimAnswerBeforeTheBodyIsSent() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /e HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.statusLine == "HTTP/1.1 100 Continue")
            #expect(interim.headers.isEmpty)
            try client.send("ping")
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.text == "ping")
        }
    }

    @Test func expectContinueWithATooLargeBodyIsRefusedWithoutReadingIt() throws {
        try withServer(.init(maxBodySize: 10)) { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /e HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 413 Content Too Large")
            #expect(response.headers["Connection"] == "close")
        }
    }

    @Test func headAnswersTheGetHeadersWithoutBody() throws {
        try withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("HEAD /h HTTP/1.1\r\nHost: t\r\n\r\n")
            let head = try client.readResponse(isHead: true)
            #expect(head.statusLine == "HTTP/1.1 200 OK")
            #expect(head.headers["Content-Length"] == "5")
            #expect(head.body.isEmpty)
            try client.send(get("/next"))
            #expect(try client.readResponse().headers["X-Path"] == "/next")
        }
    }

    @Test func noContentHasNeitherBodyNorContentLength() throws {
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in HTTPResponse(status: 204, text: "ignored") }
        try withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(get("/") + get("/"))
            for _ in 0..<2 {
                let response = try client.readResponse()
                #expect(response.statusLine == "HTTP/1.1 204 No Content")
                #expect(!response.headers.contains("Content-Length"))
            }
        }
    }

    @Test func listensOnIPv6AndLocalhost() throws {
        for host in ["::1", "localhost"] {
            try withServer(.init(host: host)) { _, port in
                let client = try TestClient(port: port, host: host)
                try client.send(get("/"))
                #expect(try client.readResponse().statusLine == "HTTP/1.1 200 OK")
            }
        }
    }

    @Test func aTakenPortIsABindErrorKeepingErrno() throws {
        try withServer { _, port in
            let second = HTTPServer(configuration: .init(port: port), handler: echoHandler)
            #expect(throws: HTTPServerError.bindFailed(host: "127.0.0.1", port: port, errno: SystemError.addressInUse)) { try second.start() }
            #expect(HTTPServerError.bindFailed(host: "127.0.0.1", port: 80, errno: SystemError.addressInUse).description
                == "cannot listen on 127.0.0.1:80: Address already in use (errno \(SystemError.addressInUse)) "
                + "(another process uses this port; choose another or 0)")
        }
    }
}
