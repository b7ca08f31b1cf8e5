import MimicHTTP
import MimicHTTPTypes
import MimicTestSupport
import Testing

@Suite struct HTTPClientLiveTests {
    private func client(_ port: Int, basePath: String = "", responseTimeout: Double = 10) throws -> HTTPClient {
        HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(port)\(basePath)"),
                   configuration: HTTPClient.Configuration(responseTimeout: responseTimeout))
    }

    @Test func sendsTheRequestAfterTheBasePathWithItsOwnHostLengthAndConnectionFields() throws {
        let upstream = try ScriptedUpstream(responding: "HTTP/1.1 201 Created\r\nContent-Length: 2\r\nX-Id: 7\r\n\r\nok")
        defer { upstream.stop() }
        let request = HTTPRequest(
            method: "POST", target: "/pets?limit=1",
            headers: ["Host": "mock.test", "Accept": "application/json", "Connection": "keep-alive", "Content-Length": "99"],
            body: Array("{}".utf8))
        let response = try client(upstream.port, basePath: "/api").send(request)
        #expect(response.status == 201)
        #expect(response.headers["X-Id"] == "7")
        #expect(response.body == Array("ok".utf8))
        #expect(upstream.requests == [
            "POST /api/pets?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:\(upstream.port)\r\nAccept: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}",
        ])
    }

    @Test func readsAChunkedBodyAndABodyEndedByClosing() throws {
        let chunked = try ScriptedUpstream(responding: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        defer { chunked.stop() }
        #expect(try client(chunked.port).send(HTTPRequest(method: "GET", target: "/")).body == Array("abc".utf8))
        let closing = try ScriptedUpstream(responding: "HTTP/1.1 200 OK\r\n\r\nuntil the end")
        defer { closing.stop() }
        #expect(try client(closing.port).send(HTTPRequest(method: "GET", target: "/")).body == Array("until the end".utf8))
    }

    @Test func givesUpOnAServerThatNeverAnswersAfterTheResponseTimeout() throws {
        let silent = try ScriptedUpstream { _ in .bytesThenSilence(Array("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab".utf8)) }
        defer { silent.stop() }
        #expect(throws: HTTPClientError.responseTimedOut(seconds: 0.2)) {
            try client(silent.port, responseTimeout: 0.2).send(HTTPRequest(method: "GET", target: "/"))
        }
        #expect(HTTPClientError.responseTimedOut(seconds: 0.2).description == "no complete response within 0.2 s")
    }

    @Test func saysWhenNothingListensOnThePort() throws {
        let closed = try ScriptedUpstream(responding: "")
        closed.stop()
        #expect {
            try client(closed.port).send(HTTPRequest(method: "GET", target: "/"))
        } throws: {
            ($0 as? HTTPClientError)?.description == "cannot connect to 127.0.0.1:\(closed.port): Connection refused (errno 111)"
        }
    }

    @Test func saysWhenTheHostDoesNotResolve() throws {
        let client = HTTPClient(endpoint: try HTTPEndpoint("http://no-such-host.invalid:80"))
        #expect {
            try client.send(HTTPRequest(method: "GET", target: "/"))
        } throws: {
            guard case .cannotResolve(let host, _) = $0 as? HTTPClientError else { return false }
            return host == "no-such-host.invalid"
        }
    }
}

/// `HTTPClient.send(_:streamingBodiesBeyond:)`: a large body as its start and a stream of the rest.
@Suite struct HTTPClientStreamingTests {
    static let body = (0..<200_000).map { UInt8($0 % 251) }

    private func client(_ port: Int) throws -> HTTPClient {
        HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(port)"))
    }

    /// Every byte of `response`, its body then its stream's pieces.
    private func wholeBody(_ response: HTTPResponse) throws -> [UInt8] {
        defer { response.bodyStream?.close() }
        var bytes = response.body
        while let piece = try response.bodyStream?.next() { bytes += piece }
        return bytes
    }

    @Test func holdsASmallBodyWholeAndStreamsTheRestOfALargeOneKnowingItsLength() throws {
        let upstream = try ScriptedUpstream { _ in
            .bytes(Array("HTTP/1.1 200 OK\r\nContent-Length: \(Self.body.count)\r\n\r\n".utf8) + Self.body)
        }
        defer { upstream.stop() }
        let small = try client(upstream.port).send(HTTPRequest(method: "GET", target: "/"), streamingBodiesBeyond: 1_000_000)
        #expect(small.bodyStream == nil)
        #expect(small.body == Self.body)
        let large = try client(upstream.port).send(HTTPRequest(method: "GET", target: "/"), streamingBodiesBeyond: 1_000)
        let stream = try #require(large.bodyStream)
        #expect(large.body.count > 1_000 && large.body.count < Self.body.count)
        #expect(stream.remainingLength == Self.body.count - large.body.count)
        #expect(try wholeBody(large) == Self.body)
    }

    @Test func streamsAChunkedBodyOfUnknownLength() throws {
        let chunks = stride(from: 0, to: Self.body.count, by: 30_000).flatMap { start in
            let chunk = Self.body[start..<min(start + 30_000, Self.body.count)]
            return Array("\(String(chunk.count, radix: 16))\r\n".utf8) + chunk + Array("\r\n".utf8)
        }
        let upstream = try ScriptedUpstream { _ in
            .bytes(Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + chunks + Array("0\r\n\r\n".utf8))
        }
        defer { upstream.stop() }
        let response = try client(upstream.port).send(HTTPRequest(method: "GET", target: "/"), streamingBodiesBeyond: 1_000)
        #expect(response.bodyStream?.remainingLength == nil)
        #expect(try wholeBody(response) == Self.body)
    }

    @Test func saysAStreamedBodyCutShortIsIncomplete() throws {
        let upstream = try ScriptedUpstream { _ in
            .bytes(Array("HTTP/1.1 200 OK\r\nContent-Length: \(Self.body.count + 10)\r\n\r\n".utf8) + Self.body)
        }
        defer { upstream.stop() }
        let response = try client(upstream.port).send(HTTPRequest(method: "GET", target: "/"), streamingBodiesBeyond: 1_000)
        #expect(throws: HTTPClientError.incompleteResponse) { try wholeBody(response) }
    }
}
