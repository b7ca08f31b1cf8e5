import MimicHTTPTypes
import Testing

@Suite struct ResponseBodyRulesTests {
    @Test func headAnd204And304SendNoBodyEverythingElseDoes() {
        let ok = HTTPResponse(status: 200, text: "hello")
        #expect(ok.sendsBody(answering: "GET"))
        #expect(ok.sendsBody(answering: "POST"))
        #expect(!ok.sendsBody(answering: "HEAD"))
        #expect(!HTTPResponse(status: 204).sendsBody(answering: "GET"))
        #expect(!HTTPResponse(status: 304).sendsBody(answering: "GET"))
        #expect(!HTTPResponse(status: 101).sendsBody(answering: "GET"))
    }
}
