@testable import MimicHTTP
@testable import MimicHTTPTypes
import Testing

/// On the wire, a response the handler hands over serialized once (see `HTTPResponse.serializeOnce(answering:)`)
/// is sent from those bytes, which are those it would send serialized afresh.
@Suite struct HTTPServerSerializedResponseTests {
    /// Requests of every kind the server answers apart, pipelined on one connection: GET, HEAD, a POST with a body,
    /// HTTP/1.0 asking to keep the connection, a delayed answer, and last an answer whose handler asks to close.
    static let pipelined = get("/a") + "HEAD /a HTTP/1.1\r\nHost: test\r\n\r\n"
        + "POST /b HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\n\r\nabc"
        + "GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n" + get("/slow") + get("/a") + get("/bye")

    /// The echo handler, delaying `/slow` and closing after `/bye`; serializing each response once when asked.
    static func handler(serializing: Bool) -> @Sendable (HTTPRequest) -> HTTPResponse {
        { request in
            var response = echoHandler(request)
            if request.path == "/slow" { response.delay = .milliseconds(5) }
            if request.path == "/bye" { response.headers.add("Connection", "close") }
            if serializing { response.serializeOnce(answering: request.method) }
            return response
        }
    }

    /// What a server with `handler` sends for `requests` on one connection, until it closes it, each `Date`
    /// value replaced by `(date)`.
    static func exchange(_ requests: String, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws -> String {
        var text = ""
        try withServer(handler: handler) { _, port in
            let client = try TestClient(port: port)
            try client.send(requests)
            text = String(decoding: try client.readUntilClosed().bytes, as: UTF8.self)
        }
        return text.replacing(#/Date: [^\r]*\r\n/#, with: "Date: (date)\r\n")
    }

    @Test func responsesSerializedOnceGoOutAsTheyWouldSerializedAfresh() throws {
        for requests in [Self.pipelined, "GET /old HTTP/1.0\r\n\r\n", get("/last", "Connection: close\r\n")] {
            let afresh = try Self.exchange(requests, handler: Self.handler(serializing: false))
            #expect(try Self.exchange(requests, handler: Self.handler(serializing: true)) == afresh)
        }
        #expect(try Self.exchange(get("/a") + get("/bye"), handler: Self.handler(serializing: true)) == """
            HTTP/1.1 200 OK\r
            Date: (date)\r
            Content-Type: text/plain; charset=utf-8\r
            X-Path: /a\r
            Content-Length: 5\r
            Connection: keep-alive\r
            \r
            helloHTTP/1.1 200 OK\r
            Date: (date)\r
            Content-Type: text/plain; charset=utf-8\r
            X-Path: /bye\r
            Content-Length: 5\r
            Connection: close\r
            \r
            hello
            """)
    }

    @Test func theBytesKeptAreWhatIsSentInAnswerToTheMethodTheyAnswer() throws {
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in
            var response = HTTPResponse(status: 200, text: "fresh")
            response.serializedOnce = SerializedResponse(
                beforeDate: Array("HTTP/1.1 200 OK\r\nDate: ".utf8), afterDate: Array("\r\nX-Kept: yes\r\nContent-Length: 4\r\n".utf8),
                body: Array("kept".utf8), answersHead: false)
            return response
        }
        let requests = get("/") + "HEAD / HTTP/1.1\r\nHost: test\r\n\r\n" + get("/", "Connection: close\r\n")
        #expect(try Self.exchange(requests, handler: handler) == """
            HTTP/1.1 200 OK\r
            Date: (date)\r
            X-Kept: yes\r
            Content-Length: 4\r
            Connection: keep-alive\r
            \r
            keptHTTP/1.1 200 OK\r
            Date: (date)\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Length: 5\r
            Connection: keep-alive\r
            \r
            HTTP/1.1 200 OK\r
            Date: (date)\r
            X-Kept: yes\r
            Content-Length: 4\r
            Connection: close\r
            \r
            kept
            """)
    }
}
