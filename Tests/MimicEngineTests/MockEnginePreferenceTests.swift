import MimicContracts
import MimicHTTP
@testable import MimicHTTPTypes
import Testing
@testable import MimicEngine
@testable import MimicSchema

/// `Prefer` and `Accept` against a small contract with several responses, and against the seeds.
@Suite struct MockEnginePreferenceTests {
    private static func content(_ mediaType: String, _ examples: [(String?, JSONValue)]) -> MediaTypeContent {
        MediaTypeContent(mediaType: mediaType, examples: examples.map { Example(name: $0.0, value: .json($0.1), source: .start(of: "api.yaml")) })
    }

    private static let engine: MockEngine = {
        let source = SourceReference.start(of: "api.yaml")
        let thing = Schema(types: [.object])
        let responses = [
            Response(status: .code(201), contents: [
                content("application/xml", [(nil, .string("<thing/>"))]),
                MediaTypeContent(mediaType: "application/json", schema: thing, examples: [
                    Example(name: "small", value: .json(.object([JSONMember("size", .integer(1))])), source: source),
                    Example(name: "large", value: .json(.object([JSONMember("size", .integer(9))])), source: source),
                ]),
            ], source: source),
            Response(status: .range(4), contents: [content("application/problem+json", [(nil, .object([JSONMember("title", .string("client error"))]))])], source: source),
            Response(status: .code(204), source: source),
            Response(status: .default, contents: [content("text/plain", [(nil, .string("oops"))])], source: source),
        ]
        let operation = APIOperation(method: "POST", path: PathTemplate("/things"), responses: responses, sources: [source])
        return MockEngine(contracts: ContractSet(files: [], contracts: [], operations: [operation], schemas: SchemaRegistry(), diagnostics: []))
    }()

    private func answer(_ headers: HTTPHeaders) -> String {
        let response = Self.engine.respond(to: HTTPRequest(method: "POST", target: "/things", headers: headers)).response
        return "\(response.status) \(response.headers["Content-Type"] ?? "-") \(String(decoding: response.body, as: UTF8.self))"
    }

    @Test func withoutPreferenceTheLowestSuccessInItsFirstDeclaredType() {
        #expect(answer([:]) == "201 application/xml <thing/>")
        #expect(answer(["Accept": "*/*"]) == "201 application/xml <thing/>")
        #expect(answer(["Accept": "application/json"]) == #"201 application/json {"size":1}"#)
    }

    @Test func acceptPicksTheBestDeclaredType() {
        #expect(answer(["Accept": "application/xml"]) == "201 application/xml <thing/>")
        #expect(answer(["Accept": "application/json;q=0.4, application/xml;q=0.5"]) == "201 application/xml <thing/>")
        #expect(answer(["Accept": "application/*, application/xml;q=0"]) == #"201 application/json {"size":1}"#)
        #expect(answer(["Accept": "text/html"]).hasPrefix("406 application/problem+json"))
    }

    @Test func preferCodePicksTheDeclaredCodeThenItsRangeThenDefault() {
        #expect(answer(["Prefer": "code=204"]) == "204 - ")
        #expect(answer(["Prefer": "code=409"]) == #"409 application/problem+json {"title":"client error"}"#)
        #expect(answer(["Prefer": "code=503"]) == "503 text/plain oops")
    }

    @Test func preferExampleAndDynamic() {
        #expect(answer(["Prefer": "example=large", "Accept": "application/json"]) == #"201 application/json {"size":9}"#)
        #expect(answer(["Prefer": "dynamic=true", "Accept": "application/json"]) == "201 application/json {}")
        #expect(answer(["Prefer": "code=201; example=\"large\", dynamic=true", "Accept": "application/json"]) == #"201 application/json {"size":9}"#)
        #expect(answer(["Prefer": "example=large", "prefer": "example=small", "Accept": "application/json"]) == #"201 application/json {"size":9}"#)
    }

    @Test func aSeedExampleByNameAndGeneratedData() {
        #expect(MockEngine.forSeeds.body("POST", "/api/3/stacks/s/backups", headers: ["Prefer": "example=importBackup"])
            == #"{"response":{"ok":true,"message":"Your external backup queued for upload"}}"#)
        let dynamic = MockEngine.forSeeds.body("GET", "/api/backups/x", headers: ["Prefer": "dynamic=true"])
        #expect(dynamic.hasPrefix(#"{"guid":""#) && !dynamic.contains("f8f73bf9-2445-4bce-a7dd-753be3b40a67"))
    }

    /// Only informational statuses and a 404 declared, as in a real corpus document (Stripe's, written from
    /// Flickr's error codes).
    static let informational = """
        swagger: '2.0'
        info: {title: informational, version: '1'}
        paths:
          /account:
            get:
              responses:
                100: {description: not a final answer}
                404: {description: Not found}
          /only:
            get:
              responses:
                101: {description: not a final answer}
        """

    @Test func anInformationalStatusIsNeverTheAnswerForAClientWouldWaitOn() throws {
        let engine = try MockEngine(contract: Self.informational)
        #expect(engine.respond("GET", "/account").response.status == 404)
        #expect(engine.respond("GET", "/account", headers: ["Prefer": "code=100"]).response.status == 404, "Prefer: code=100 is no code to answer")
        #expect(engine.respond("GET", "/only").response.status == 200)
    }
}
