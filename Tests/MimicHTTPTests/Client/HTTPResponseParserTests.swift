@testable import MimicHTTP
import MimicHTTPTypes
import Testing

@Suite struct HTTPResponseParserTests {
    /// Parses `text` fed in pieces of `pieceSize` bytes, then the end of the stream if `closes`.
    private func parse(_ text: String, answering method: String = "GET", pieceSize: Int = .max, closes: Bool = false, maxBodySize: Int = 1024) throws(HTTPClientError) -> HTTPResponse? {
        var parser = HTTPResponseParser(answering: method, maxHeadSize: 1024, maxBodySize: maxBodySize)
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            bytes[start..<end].withUnsafeBytes { parser.append($0) }
            if try parser.parse() { return parser.response }
            start = end
        }
        guard closes else { return nil }
        return try parser.finishAtEndOfStream() ? parser.response : nil
    }

    @Test func decodesAChunkedBodyWithExtensionsAndTrailersTheSameHoweverTheBytesAreSplit() throws {
        let text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
            + "4;name=value\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-Checksum: 7\r\n\r\n"
        for pieceSize in [1, 2, 5, 7, .max] {
            let response = try #require(try parse(text, pieceSize: pieceSize))
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == "{\"a\":1}")
            #expect(response.headers["X-Checksum"] == "7")
        }
    }

    @Test func skipsInterimResponsesAndAcceptsBareLineFeeds() throws {
        let response = try #require(try parse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\nContent-Length: 2\n\nok"))
        #expect(response.status == 201)
        #expect(response.body == Array("ok".utf8))
    }

    @Test func readsABodyWithoutLengthUntilTheServerCloses() throws {
        #expect(try parse("HTTP/1.0 200 OK\r\n\r\npartial") == nil)
        let response = try #require(try parse("HTTP/1.0 200 OK\r\n\r\nwhole", closes: true))
        #expect(response.body == Array("whole".utf8))
    }

    @Test func expectsNoBodyAnsweringHEADOr204Or304() throws {
        #expect(try parse("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n", answering: "HEAD")?.headers["Content-Length"] == "50")
        #expect(try parse("HTTP/1.1 204 No Content\r\n\r\n")?.status == 204)
        #expect(try parse("HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n")?.status == 304)
    }

    @Test(arguments: [
        ("HTTP/2 200 OK\r\n\r\n", "the response is not HTTP/1.1: the status line is 'HTTP/2 200 OK'"),
        ("HTTP/1.1 2000 OK\r\n\r\n", "the response is not HTTP/1.1: the status line is 'HTTP/1.1 2000 OK'"),
        ("HTTP/1.1 200 OK\r\nBad Field: x\r\n\r\n", "the response is not HTTP/1.1: the header line 'Bad Field: x' is not a field"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\n", "the response is not HTTP/1.1: the Content-Length '3, 4' is not one number"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", "the response is not HTTP/1.1: the transfer coding 'gzip, chunked' is not supported (only chunked)"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "the response is not HTTP/1.1: the chunk size 'zz' is not hexadecimal"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n", "the response is not HTTP/1.1: a chunk's data is longer than its size"),
        ("HTTP/1.1 101 Switching Protocols\r\n\r\n", "the response is not HTTP/1.1: the server switched protocols (101), which was not asked for"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n", "the response body is larger than 1024 bytes"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n", "the response body is larger than 1024 bytes"),
        ("HTTP/1.1 200 OK\r\nX-Long: " + String(repeating: "a", count: 1100) + "\r\n\r\n", "the response head is larger than 1024 bytes"),
    ])
    func refusesWhatIsNotAnAcceptableResponseSayingWhy(text: String, message: String) {
        #expect {
            try parse(text)
        } throws: { ($0 as? HTTPClientError)?.description == message }
    }

    @Test func refusesABodyWithoutLengthBeyondTheLimit() {
        #expect(throws: HTTPClientError.responseTooLarge(limit: 4)) {
            try parse("HTTP/1.1 200 OK\r\n\r\n12345", maxBodySize: 4)
        }
    }

    @Test func saysAResponseCutShortIsIncomplete() {
        #expect(throws: HTTPClientError.incompleteResponse) {
            try parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", closes: true)
        }
        #expect(throws: HTTPClientError.incompleteResponse) { try parse("HTTP/1.1 200 OK\r\n", closes: true) }
    }
}
