import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

@Suite struct BodyParsingTests {
    @Test func contentLengthBodyIsReadWhole() throws {
        let request = try #require(parseOne("POST /e HTTP/1.1\r\nHost: h\r\nContent-Length: 005\r\n\r\nhello"))
        #expect(request.body == Array("hello".utf8))
    }

    @Test func bytesBeyondContentLengthStartTheNextRequest() {
        let (events, error) = parseAll("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nabcdef\r\n\r\n")
        #expect(requests(events).map(\.body) == [Array("ab".utf8)])
        #expect(error?.status == 400)
    }

    @Test func pipelinedRequestsComeOutInOrderWhateverTheReadSizes() {
        let text = "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
            + "PUT /3 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nxy\r\n0\r\n\r\n"
        for pieceSize in [1, 2, 7, 1000] {
            let (events, error) = parseAll(bytes: Array(text.utf8), pieceSize: pieceSize)
            #expect(error == nil)
            #expect(requests(events).map(\.path) == ["/1", "/2", "/3"])
            #expect(requests(events).map { String(decoding: $0.body, as: UTF8.self) } == ["", "abc", "xy"])
        }
    }

    @Test func chunkedBodyIsDecodedWithExtensionsAndTrailers() throws {
        let request = try #require(parseOne("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value;q=\"a \\\"b\"\r\nhello\r\nA ; x\r\n0123456789\r\n000\r\nX-Trailer: t\r\n\r\n"))
        #expect(request.body == Array("hello0123456789".utf8))
        #expect(request.headers["x-trailer"] == "t")
    }

    @Test(arguments: [
        "zz\r\nhello\r\n0\r\n\r\n", "5\r\nhelloXX0\r\n\r\n", "5 \r\nhello\r\n0\r\n\r\n", "5;\r\nhello\r\n0\r\n\r\n",
        "5;a=\"x\r\nhello\r\n0\r\n\r\n", "-5\r\nhello\r\n0\r\n\r\n", "\r\nhello\r\n0\r\n\r\n", "0x5\r\nhello\r\n0\r\n\r\n",
    ])
    func malformedChunksAreBadRequests(body: String) {
        let error = parseError("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n\(body)")
        #expect(error == .invalidChunk, "\(body.debugDescription) gave \(String(describing: error))")
    }

    @Test func chunkSizeBeyondTheBodyLimitIsTooLarge() {
        let chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(parseError(chunked + "FFFFFFFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n") == .bodyTooLarge)
        let limited = HTTPRequestParser.Configuration(maxBodySize: 4)
        #expect(parseError(chunked + "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n", configuration: limited) == .bodyTooLarge)
    }

    @Test(arguments: ["-1", "abc", "4 2", "", "+3", "1, 2", "0x10"])
    func invalidContentLengthsAreBadRequests(value: String) {
        #expect(parseError("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: \(value)\r\n\r\n") == .invalidContentLength)
    }

    @Test func repeatedEqualContentLengthsAreOneAndDifferentOnesConflict() {
        #expect(parseOne("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nab") != nil)
        #expect(parseError("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n")
            == .invalidContentLength)
    }

    @Test func contentLengthOverTheLimitOrBeyond64BitsIsTooLargeBeforeTheBody() {
        #expect(parseError("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            == .bodyTooLarge)
        #expect(parseError("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10485761\r\n\r\n") == .bodyTooLarge)
        #expect(HTTPParseError.bodyTooLarge.status == 413)
    }

    @Test func contentLengthWithTransferEncodingIsRejected() {
        #expect(parseError("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n")
            == .contentLengthWithTransferEncoding)
    }

    @Test(arguments: [
        ("gzip", HTTPParseError.unsupportedTransferCoding), ("gzip, chunked", .unsupportedTransferCoding),
        ("chunked, gzip", .unsupportedTransferCoding), ("chunkedchunked", .unsupportedTransferCoding),
        ("chunked, chunked", .invalidTransferEncoding), ("", .invalidTransferEncoding),
    ])
    func transferCodingsOtherThanOneChunkedAreRejected(value: String, error: HTTPParseError) {
        #expect(parseError("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: \(value)\r\n\r\n") == error)
    }
}
