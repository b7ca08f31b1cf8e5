import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

@Suite struct HeaderParsingTests {
    @Test func fieldsKeepOrderAndSpellingAndLookUpCaseInsensitively() throws {
        let request = try #require(parseOne(
            "GET / HTTP/1.1\r\nHost: h\r\nX-A:  one \t\r\nx-a: two\r\nContent-Type:text/plain\r\n\r\n"))
        #expect(request.headers.map(\.name) == ["Host", "X-A", "x-a", "Content-Type"])
        #expect(request.headers["content-type"] == "text/plain")
        #expect(request.headers["X-A"] == "one")
        #expect(request.headers.values(for: "x-A") == ["one", "two"])
        #expect(request.headers["missing"] == nil)
    }

    @Test func emptyValueIsAllowed() throws {
        #expect(try #require(parseOne("GET / HTTP/1.1\r\nHost: h\r\nX-Empty:\r\n\r\n")).headers["x-empty"] == "")
    }

    @Test func obsTextInAValueIsKeptAsLatin1WhenNotUTF8() throws {
        var bytes = Array("GET / HTTP/1.1\r\nHost: h\r\nX-T: caf".utf8)
        bytes += [0xE9] + Array("\r\n\r\n".utf8)
        let request = try #require(requests(parseAll(bytes: bytes).events).first)
        #expect(request.headers["x-t"] == "café")
    }

    @Test(arguments: [
        "X-Test : v", "X Test: v", "NoColonHere", ": v", "X-Fold: a\r\n  b", "X-Nul: a\u{0}b", "X-Ctl: a\u{1}b",
        "X-CR: a\rb", "X(bad): v",
    ])
    func malformedFieldLinesAreBadRequests(line: String) {
        let error = parseError("GET / HTTP/1.1\r\nHost: h\r\n\(line)\r\n\r\n")
        #expect(error?.status == 400, "\(line.debugDescription) gave \(String(describing: error))")
    }

    @Test func spaceBeforeColonIsAnInvalidField() {
        #expect(parseError("GET / HTTP/1.1\r\nHost : h\r\n\r\n") == .invalidHeaderField)
    }

    @Test func http11WithoutHostOrWithTwoHostsIsABadRequest() {
        #expect(parseError("GET / HTTP/1.1\r\n\r\n") == .missingHost)
        #expect(parseError("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n") == .duplicateHost)
        #expect(parseError("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n") == .duplicateHost)
        #expect(parseError("GET / HTTP/1.1\r\n\r\n", configuration: .init(requiresHost: false)) == nil)
    }

    @Test func moreThan100FieldsAreTooMany() {
        let fields = (0..<101).map { "X-\($0): v\r\n" }.joined()
        #expect(parseError("GET / HTTP/1.1\r\nHost: h\r\n\(fields)\r\n") == .tooManyHeaderFields)
        #expect(parseOne("GET / HTTP/1.1\r\n\((0..<99).map { "X-\($0): v\r\n" }.joined())Host: h\r\n\r\n") != nil)
        #expect(HTTPParseError.tooManyHeaderFields.status == 431)
    }

    @Test func tenThousandFieldsAreRejectedWithout431Delay() {
        let fields = (0..<10_000).map { "X-H\($0): v\r\n" }.joined()
        #expect(parseError("GET / HTTP/1.1\r\nHost: h\r\n\(fields)\r\n")?.status == 431)
    }

    @Test func headerSectionOver64KiBIsTooLargeEvenWithoutItsEnd() {
        let value = String(repeating: "b", count: 70_000)
        #expect(parseError("GET / HTTP/1.1\r\nHost: h\r\nX-Big: \(value)") == .headerSectionTooLarge)
        #expect(HTTPParseError.headerSectionTooLarge.status == 431)
    }

    @Test func expect100ContinueIsReportedBeforeTheBody() throws {
        let head = "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n"
        var parser = HTTPRequestParser()
        parser.append(contentsOf: head.utf8)
        #expect(try parser.next() == .continueExpected)
        #expect(try parser.next() == nil)
        parser.append(contentsOf: "abc".utf8)
        #expect(try parser.next() == .request(HTTPRequest(
            method: "POST", target: "/", headers: ["Host": "h", "Expect": "100-Continue", "Content-Length": "3"],
            body: Array("abc".utf8))))
    }

    @Test func expectContinueIsNotReportedWhenTheBodyAlreadyArrivedOrIsTooLarge() {
        let events = parseAll("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx").events
        #expect(events.count == 1 && requests(events).count == 1)
        let tooLarge = "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 20000000\r\n\r\n"
        #expect(parseAll(tooLarge) == ([], .bodyTooLarge))
    }

    @Test func otherExpectationsFail() {
        #expect(parseError("GET / HTTP/1.1\r\nHost: h\r\nExpect: teapot\r\n\r\n") == .unsupportedExpectation)
        #expect(HTTPParseError.unsupportedExpectation.status == 417)
    }

    @Test func connectionPersistenceFollowsVersionAndConnectionHeader() throws {
        #expect(try #require(parseOne("GET / HTTP/1.1\r\nHost: h\r\n\r\n")).keepsConnectionAlive)
        #expect(try !#require(parseOne("GET / HTTP/1.1\r\nHost: h\r\nConnection: Close\r\n\r\n")).keepsConnectionAlive)
        #expect(try #require(parseOne("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")).keepsConnectionAlive)
        #expect(try !#require(parseOne("GET / HTTP/1.1\r\nHost: h\r\nConnection: a, close\r\n\r\n"))
            .keepsConnectionAlive)
    }
}
