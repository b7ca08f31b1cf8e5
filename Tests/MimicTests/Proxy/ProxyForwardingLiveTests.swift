import Foundation
import Mimic
import MimicTestSupport
import Testing

/// What `mimic proxy` sends to the real server and passes back, seen on the wire.
@Suite struct ProxyForwardingLiveTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: items, version: '1'}
        paths:
          /items:
            post:
              requestBody: {content: {application/json: {schema: {type: object}}}}
              responses:
                '201': {description: created, content: {application/json: {schema: {type: object}}}}
            get:
              responses:
                '200': {description: OK, content: {application/json: {schema: {type: array}}}}
        """

    static func contracts() throws -> ContractSet {
        try ContractFixture.load(contract).contracts
    }

    /// The bytes received for `request` sent on a raw connection, without the `Date` line.
    private func exchange(_ request: String, port: Int) throws -> String {
        let connection = try LoopbackConnection(port: port)
        try connection.send(request)
        let text = String(decoding: try connection.readUntilClosed().bytes, as: UTF8.self)
        return text.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Date: ") }.joined(separator: "\r\n")
    }

    @Test func dropsHopByHopFieldsBothWaysRewritesHostAndForwardsTheRest() throws {
        let upstream = try ScriptedUpstream(responding: "HTTP/1.1 201 Created\r\nConnection: close, X-Secret\r\nX-Secret: s\r\n"
            + "Keep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nX-Kept: yes\r\n\r\n"
            + "2\r\n{}\r\n0\r\n\r\n")
        defer { upstream.stop() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(upstream.port)/base", contracts: Self.contracts())
        defer { proxy.stop() }
        let port = try #require(proxy.server.port)
        let answer = try exchange(
            "POST /items?x=1 HTTP/1.1\r\nHost: proxy.test\r\nConnection: close, X-Hop\r\nX-Hop: secret\r\nKeep-Alive: timeout=5\r\n"
                + "TE: trailers\r\nUpgrade: websocket\r\nProxy-Connection: keep-alive\r\nAccept-Encoding: gzip\r\nPrefer: code=500\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
            port: port)
        #expect(upstream.requests == [
            "POST /base/items?x=1 HTTP/1.1\r\nHost: 127.0.0.1:\(upstream.port)\r\nPrefer: code=500\r\nContent-Type: application/json\r\n"
                + "Via: 1.1 mimic\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
        ])
        #expect(answer == "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Kept: yes\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        #expect(proxy.journal == ["POST /items?x=1 201"])
    }

    @Test func passesOnTheLengthAServerAnnouncesAnsweringHEAD() throws {
        let upstream = try ScriptedUpstream(responding: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1234\r\n\r\n")
        defer { upstream.stop() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(upstream.port)", contracts: Self.contracts())
        defer { proxy.stop() }
        let answer = try exchange("HEAD /items HTTP/1.1\r\nHost: proxy.test\r\nConnection: close\r\n\r\n", port: try #require(proxy.server.port))
        #expect(answer == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1234\r\nConnection: close\r\n\r\n")
    }

    @Test func answers502WhenNothingListensUpstream() throws {
        let closed = try ScriptedUpstream(responding: "")
        closed.stop()
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(closed.port)", contracts: Self.contracts())
        defer { proxy.stop() }
        let answer = try proxy.send("GET", "/items")
        #expect(answer.status == 502)
        #expect(String(decoding: answer.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:upstream-unreachable","title":"Upstream unreachable","status":502,"detail":"The upstream server gave no answer to GET /items: http://127.0.0.1:\#(closed.port): cannot connect to 127.0.0.1:\#(closed.port): Connection refused (errno 111)."}"#)
        #expect(proxy.journal == ["GET /items 502"])
    }

    @Test func answers504WhenTheUpstreamDoesNotAnswerInTime() throws {
        let silent = try ScriptedUpstream { _ in .bytesThenSilence([]) }
        defer { silent.stop() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(silent.port)", contracts: Self.contracts(), responseTimeout: 0.2)
        defer { proxy.stop() }
        let answer = try proxy.send("GET", "/items")
        #expect(answer.status == 504)
        #expect(String(decoding: answer.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:upstream-timeout","title":"Upstream timeout","status":504,"detail":"The upstream server gave no answer to GET /items: http://127.0.0.1:\#(silent.port): no complete response within 0.2 s."}"#)
    }

    @Test func answers502WhenTheUpstreamAnswerIsNotHTTP() throws {
        let garbled = try ScriptedUpstream(responding: "SSH-2.0-OpenSSH_9.6\r\n")
        defer { garbled.stop() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(garbled.port)", contracts: Self.contracts())
        defer { proxy.stop() }
        let answer = try proxy.send("GET", "/items")
        #expect(answer.status == 502)
        #expect(String(decoding: answer.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:upstream-invalid","title":"Upstream answer invalid","status":502,"detail":"The upstream server gave no answer to GET /items: http://127.0.0.1:\#(garbled.port): the response is not HTTP/1.1: the status line is 'SSH-2.0-OpenSSH_9.6'."}"#)
    }
}
