import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

@Suite struct RequestLineParsingTests {
    @Test func originFormTargetIsSplitIntoEncodedPathAndRawQuery() throws {
        let request = try #require(parseOne("GET /a%20b/c?x=1&y=%2F HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.method == "GET")
        #expect(request.target == "/a%20b/c?x=1&y=%2F")
        #expect(request.path == "/a%20b/c")
        #expect(request.query == "x=1&y=%2F")
        #expect(request.version == .http11)
        #expect(request.body.isEmpty)
    }

    @Test func queryIsNilWithoutQuestionMarkAndEmptyWithOne() throws {
        #expect(try #require(parseOne("GET /a HTTP/1.1\r\nHost: h\r\n\r\n")).query == nil)
        #expect(try #require(parseOne("GET /a? HTTP/1.1\r\nHost: h\r\n\r\n")).query == "")
    }

    @Test func fragmentIsNeitherPathNorQuery() throws {
        let request = try #require(parseOne("GET /a?b=1#frag HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.path == "/a")
        #expect(request.query == "b=1")
    }

    @Test func absoluteFormTargetKeepsOnlyThePathAndQuery() throws {
        let request = try #require(parseOne("GET http://example.com:8080/x/y?z HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(request.target == "http://example.com:8080/x/y?z")
        #expect(request.path == "/x/y")
        #expect(request.query == "z")
        let bare = try #require(parseOne("GET http://example.com?q=1 HTTP/1.1\r\nHost: h\r\n\r\n"))
        #expect(bare.path == "/")
        #expect(bare.query == "q=1")
    }

    @Test func asteriskFormIsAcceptedForOptionsOnly() throws {
        #expect(try #require(parseOne("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n")).path == "*")
        #expect(parseError("GET * HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
    }

    @Test func authorityFormIsAcceptedForConnectAndATargetWithoutSlashOrSchemeForNoOther() throws {
        #expect(try #require(parseOne("CONNECT example.com:443 HTTP/1.1\r\nHost: h\r\n\r\n")).target
            == "example.com:443")
        #expect(parseError("GET example.com HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
        #expect(parseError("GET 1http://a/ HTTP/1.1\r\nHost: h\r\n\r\n") == .invalidTarget)
    }

    @Test func http10IsAcceptedWithoutHost() throws {
        let request = try #require(parseOne("GET / HTTP/1.0\r\n\r\n"))
        #expect(request.version == .http10)
        #expect(!request.keepsConnectionAlive)
    }

    @Test func emptyLinesBeforeTheRequestLineAreIgnored() throws {
        #expect(parseOne("\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n")?.method == "GET")
    }

    @Test(arguments: [
        ("HTTP/2.0", HTTPParseError.unsupportedVersion), ("HTTP/9.9", .unsupportedVersion),
        ("HTTP/0.9", .unsupportedVersion), ("HTTX/1.1", .invalidRequestLine), ("HTTP/1.10", .invalidRequestLine),
        ("http/1.1", .invalidRequestLine),
    ])
    func versionsOtherThan10And11AreRejected(version: String, error: HTTPParseError) {
        #expect(parseError("GET / \(version)\r\nHost: h\r\n\r\n") == error)
    }

    @Test func unsupportedVersionIsAnswered505() {
        #expect(HTTPParseError.unsupportedVersion.status == 505)
    }

    @Test func unregisteredAndLowercaseMethodsAreNotImplemented() {
        #expect(parseError("BREW / HTTP/1.1\r\nHost: h\r\n\r\n") == .unknownMethod)
        #expect(parseError("get / HTTP/1.1\r\nHost: h\r\n\r\n") == .unknownMethod)
        #expect(HTTPParseError.unknownMethod.status == 501)
    }

    @Test(arguments: [
        "GET  / HTTP/1.1", "GET /a b HTTP/1.1", "GET /", "GET / HTTP/1.1 ", "G(T / HTTP/1.1", " GET / HTTP/1.1",
        "GET /\u{7F} HTTP/1.1", "GET /é HTTP/1.1",
    ])
    func malformedRequestLinesAreBadRequests(line: String) {
        let error = parseError("\(line)\r\nHost: h\r\n\r\n")
        #expect(error?.status == 400, "\(line.debugDescription) gave \(String(describing: error))")
    }

    @Test func randomBytesAreABadRequest() {
        let garbage: [UInt8] = [0x00, 0xFF, 0xFE, 0xFD, 0x20, 0x67, 0x01, 0x02, 0x0D, 0x0A, 0x0D, 0x0A]
        #expect(parseAll(bytes: garbage).error?.status == 400)
    }

    @Test func requestLineOver8KiBIsURITooLongBeforeItEnds() {
        let line = "GET /" + String(repeating: "a", count: 100_000)
        #expect(parseError(line) == .requestLineTooLong)
        #expect(HTTPParseError.requestLineTooLong.status == 414)
        #expect(parseOne("GET /" + String(repeating: "a", count: 8000) + " HTTP/1.1\r\nHost: h\r\n\r\n") != nil)
    }

    @Test func bareLineFeedAndBareCarriageReturnAreRejected() {
        #expect(parseError("GET / HTTP/1.1\nHost: h\n\n") == .invalidLineEnding)
        #expect(parseError("GET / HTTP/1.1\rHost: h\r\n\r\n") == .invalidLineEnding)
    }
}
