import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// The parser gives the same answer for the same bytes however they are split across reads.
@Suite struct ParserSplitConsistencyTests {
    /// What a parser made of some bytes: the requests, the error it ended with, and whether it waits for
    /// the rest of a request (`100 Continue` events depend on the split by design and are left out).
    struct Answer: Equatable, CustomStringConvertible {
        var requests: [HTTPRequest] = []
        var error: HTTPParseError?
        var isWaiting = false

        var description: String {
            "\(requests.map { "\($0.method) \($0.target) \($0.body.count)B" }) error: \(String(describing: error)) waiting: \(isWaiting)"
        }
    }

    /// The answer for `bytes` appended in `pieces` (their lengths, in order).
    static func answer(_ bytes: [UInt8], pieces: [Int], configuration: HTTPRequestParser.Configuration) -> Answer {
        var parser = HTTPRequestParser(configuration: configuration)
        var answer = Answer()
        var offset = 0
        for length in pieces {
            parser.append(contentsOf: bytes[offset..<offset + length])
            offset += length
            do {
                while let event = try parser.next() {
                    if case .request(let request) = event { answer.requests.append(request) }
                }
            } catch {
                answer.error = error
                return answer
            }
        }
        answer.isWaiting = parser.hasPartialRequest
        return answer
    }

    /// Requests of the parser tests, good and bad, and the two the attack run found split-dependent.
    static let vectors: [String] = [
        "GET /a%20b/c?x=1&y=%2F HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET http://example.com:8080/x/y?z HTTP/1.1\r\nHost: h\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n", "GET * HTTP/1.1\r\nHost: h\r\n\r\n",
        "CONNECT example.com:443 HTTP/1.1\r\nHost: h\r\n\r\n", "GET example.com HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\n", "\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", "GET / HTTP/2.0\r\nHost: h\r\n\r\n",
        "GET / HTTX/1.1\r\nHost: h\r\n\r\n", "BREW / HTTP/1.1\r\nHost: h\r\n\r\n", "get / HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", "GET / HTTP/1.1 \r\nHost: h\r\n\r\n", " GET / HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET / HTTP/1.1\nHost: h\n\n", "GET / HTTP/1.1\rHost: h\r\n\r\n", "GET /" + String(repeating: "a", count: 40),
        "GET /" + String(repeating: "a", count: 40) + " HTTP/1.1\n", "GET /aaaaaaa HTTP/1.1\r\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-A:  one \t\r\nx-a: two\r\nContent-Type:text/plain\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-Test : v\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nNoColonHere\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-Fold: a\r\n  b\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX-CR: a\rb\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-1: v\r\nX-2: v\r\nX-3: v\r\nX-4: v\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + String(repeating: "b", count: 60),
        "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc",
        "GET / HTTP/1.1\r\nHost: h\r\nExpect: teapot\r\n\r\n",
        "POST /e HTTP/1.1\r\nHost: h\r\nContent-Length: 005\r\n\r\nhello",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nabcdef\r\n\r\n",
        "GET /1 HTTP/1.1\r\nHost: h\r\n\r\nPOST /2 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
            + "PUT /3 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nxy\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value;q=\"a \\\"b\"\r\nhello\r\nA ; x\r\n"
            + "0123456789\r\n000\r\nX-Trailer: t\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\rhello\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1, 2\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
        "PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\rabc",
    ]

    /// The parser's default limits, and limits small enough for the vectors to cross each of them.
    static let configurations: [HTTPRequestParser.Configuration] = [
        .init(),
        .init(maxRequestLineLength: 16, maxHeaderSectionSize: 40, maxHeaderCount: 3, maxBodySize: 8),
    ]

    @Test(arguments: vectors)
    func everySplitPointAndByteByByteGiveTheWholeBuffersAnswer(vector: String) {
        let bytes = Array(vector.utf8)
        for configuration in Self.configurations {
            let whole = Self.answer(bytes, pieces: [bytes.count], configuration: configuration)
            for split in 0...bytes.count {
                let answer = Self.answer(bytes, pieces: [split, bytes.count - split], configuration: configuration)
                #expect(answer == whole, "split at \(split) of \(vector.debugDescription)")
            }
            let byteByByte = Self.answer(bytes, pieces: Array(repeating: 1, count: bytes.count), configuration: configuration)
            #expect(byteByByte == whole, "byte by byte: \(vector.debugDescription)")
        }
    }

    @Test func aBareCarriageReturnAtTheEndOfAReadIsRefusedWhenTheNextByteComes() {
        let bytes = Array("PUT /x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r".utf8) + Array("abc".utf8)
        let split = Self.answer(bytes, pieces: [bytes.count - 3, 3], configuration: .init())
        #expect(split == Answer(error: .invalidLineEnding))
    }

    @Test func anOverlongRequestLineIs414WhereverItsBareLineFeedIs() {
        let bytes = Array(("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\n").utf8)
        #expect(Self.answer(bytes, pieces: [bytes.count], configuration: .init()) == Answer(error: .requestLineTooLong))
        #expect(Self.answer(bytes, pieces: [8200, bytes.count - 8200], configuration: .init())
            == Answer(error: .requestLineTooLong))
    }
}
