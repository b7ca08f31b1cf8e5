import MimicContracts
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// How a response is chosen, as Prism chooses it: the lowest success, Prism's `__code`, `__example` and
/// `__dynamic`, content types as declared, and the contract's own error responses for a refused request.
@Suite struct PrismResponseChoiceTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: Choice, version: '1'}
        paths:
          /todos:
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
              responses:
                '204': {description: Nothing}
                '210': {description: Odd}
                '202':
                  description: Accepted
                  content:
                    text/plain:
                      examples:
                        first: {value: hello}
                        second: {value: bye}
                '422':
                  description: Invalid
                  headers:
                    X-Error-Id: {schema: {type: string, enum: [e1]}}
                  content:
                    application/json:
                      example: {error: invalid}
          /plain:
            get:
              responses:
                '200': {description: OK}
          /things:
            post:
              requestBody:
                content:
                  application/json:
                    schema: {type: object, required: [name], properties: {name: {type: string}}}
              responses:
                '201': {description: Created}
                default:
                  description: Error
                  content:
                    application/json:
                      schema: {type: object, required: [message], properties: {message: {type: string, enum: [bad]}}}
        """
    static let engine = try! MockEngine(contract: contract)

    @Test func theLowestSuccessIsAnsweredWithItsContentTypeVerbatim() {
        #expect(Self.engine.respond("GET", "/todos").response.rendered == """
            202
            Content-Type: text/plain
            hello
            """)
    }

    @Test func prismsQueryParametersChooseTheResponseAndBeatPrefer() {
        #expect(Self.engine.respond("GET", "/todos?__example=second").response.rendered == "202\nContent-Type: text/plain\nbye")
        #expect(Self.engine.respond("GET", "/todos?__code=204", headers: ["Prefer": "code=202"]).response.status == 204)
        #expect(Self.engine.respond("GET", "/todos?__code=404").response.status == 404)
        #expect(Self.engine.respond("GET", "/todos?__dynamic=true&__example=first").response.rendered == "202\nContent-Type: text/plain\nhello")
    }

    @Test func prismsQueryParametersAreNeverUndeclaredEvenWhenStrict() throws {
        let strict = try MockEngine(contract: Self.contract, strict: true)
        #expect(strict.verdict("GET", "/todos?__code=202&__example=first&__dynamic=false") == "202")
        #expect(strict.verdict("GET", "/todos?__cod=202") == "422\nquery __cod undeclared ")
    }

    @Test func aResponseWithoutContentIsAnsweredWithoutBodyWhateverTheAccept() {
        let response = Self.engine.respond("GET", "/plain", headers: ["Accept": "text/plain"]).response
        #expect(response.status == 200)
        #expect(response.headers.isEmpty && response.body.isEmpty)
    }

    @Test func aRefusedRequestGetsTheDeclaredErrorResponseWithItsViolations() {
        #expect(Self.engine.respond("GET", "/todos?limit=many").response.rendered == """
            422
            Content-Type: application/json
            X-Error-Id: e1
            sl-violations: [{"location":"query","name":"limit","pointer":"","code":"type","message":"expected an integer (int64), found \\"many\\""}]
            {"error":"invalid"}
            """)
    }

    @Test func aDeclaredDefaultAnswersARefusalWithDataFromItsSchema() {
        let result = Self.engine.respond("POST", "/things", headers: ["Content-Type": "application/json"], body: "{}")
        #expect(result.response.rendered == """
            422
            Content-Type: application/json
            sl-violations: [{"location":"body","name":"","pointer":"","code":"required","message":"required property \\"name\\" is missing"}]
            {"message":"bad"}
            """)
        #expect(result.violations.map(\.code) == ["required"])
    }

    @Test func theViolationsFieldKeepsTheFirstViolationsThatFitInEightKiB() {
        let violation = Violation(location: .body, name: "", pointer: "/a", code: "type", message: String(repeating: "x", count: 1_000))
        let field = Self.engine.violationsField(Array(repeating: violation, count: 20), of: .request)
        #expect(field.utf8.count <= 8_192)
        #expect(field.components(separatedBy: #""code":"type""#).count - 1 == 7)
    }
}

/// Prism's choices where a contract is loose: a declared code before a range, a `content` key that is no media
/// type, and `dynamic` without a schema.
@Suite struct PrismLooseContractTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: Loose, version: '1'}
        paths:
          /todos:
            get:
              responses:
                2XX:
                  content:
                    text/plain: {example: range}
                '201':
                  content:
                    description: ok
                    text/plain: {example: created}
        """

    @Test func aDeclaredCodeComesBeforeTheRangeAndAKeyThatIsNoMediaTypeIsIgnored() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.respond("GET", "/todos").response.rendered == "201\nContent-Type: text/plain\ncreated")
        #expect(try ContractFixture.load(Self.contract).summaries == [
            "api.yaml:12:13: warning: 'description' is not a media type (type/subtype); this entry of 'content' is ignored [import.invalid-media-type]",
        ])
    }

    @Test func dynamicWithoutASchemaAnswersTheExample() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.respond("GET", "/todos?__dynamic=true").response.rendered == "201\nContent-Type: text/plain\ncreated")
    }
}
