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

@Suite struct MethodRulesTests {
    @Test func headIsAnsweredByGetUnlessDeclaredItself() {
        #expect(HTTPMethodRules.method(answering: "HEAD", among: ["GET", "POST"]) == "GET")
        #expect(HTTPMethodRules.method(answering: "HEAD", among: ["HEAD", "GET"]) == "HEAD")
        #expect(HTTPMethodRules.method(answering: "HEAD", among: ["POST"]) == nil)
        #expect(HTTPMethodRules.method(answering: "DELETE", among: ["GET"]) == nil)
    }

    @Test func allowListsHeadAfterTheDeclaredMethodsWhereGetIs() {
        #expect(HTTPMethodRules.allowed(["GET", "POST"]) == ["GET", "POST", "HEAD"])
        #expect(HTTPMethodRules.allowed(["POST"]) == ["POST"])
        #expect(HTTPMethodRules.allowed(["GET", "HEAD"]) == ["GET", "HEAD"])
    }
}
