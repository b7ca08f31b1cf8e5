import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// The response validator on a small contract, without sockets: each rule broken once, and a response that
/// keeps every rule giving nothing.
@Suite struct ResponseValidatorTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: responses, version: '1'}
        paths:
          /orders/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses:
                '200':
                  description: OK
                  headers:
                    X-Rate-Limit: {required: true, schema: {type: integer, minimum: 0}}
                    X-Trace: {schema: {type: string, format: uuid}}
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [id, state]
                        properties:
                          id: {type: integer, readOnly: true}
                          state: {type: string, enum: [placed, delivered]}
                          secret: {type: string, writeOnly: true}
                '4XX':
                  description: client error
                  content:
                    application/problem+json:
                      schema: {type: object, properties: {title: {type: string}}}
          /anything:
            get:
              responses:
                default:
                  description: anything
                  content:
                    '*/*': {schema: {type: object}}
          /bare:
            delete:
              responses:
                '204': {description: gone}
        """

    static let contracts = try! ContractFixture.load(contract).contracts
    static let validator = ResponseValidator(schemas: contracts.schemas)

    /// `location name code pointer: message` of each violation `status`, `headers` and `body` make answering
    /// `method path`.
    static func verdict(_ method: String, _ path: String, _ status: Int, _ headers: HTTPHeaders = [:], _ body: String = "") -> [String] {
        let report = validator.check(status: status, headers: headers, body: Array(body.utf8), of: contracts.operation(method, path))
        return report.violations.map { "\($0.location.rawValue) \($0.name) \($0.code) \($0.pointer): \($0.message)" }
    }

    static let valid: HTTPHeaders = ["Content-Type": "application/json", "X-Rate-Limit": "10"]

    @Test func aResponseKeepingEveryRuleHasNoViolation() {
        #expect(Self.verdict("GET", "/orders/{id}", 200, Self.valid, #"{"id":1,"state":"placed"}"#) == [])
        #expect(Self.verdict("GET", "/orders/{id}", 200, ["content-type": "application/json; charset=utf-8", "x-rate-limit": "0", "X-Trace": "0b7f8a52-4d8e-4a1c-9f0e-1c2d3e4f5a6b"], #"{"id":1,"state":"placed"}"#) == [])
        #expect(Self.verdict("GET", "/orders/{id}", 404, ["Content-Type": "application/problem+json"], #"{"title":"no"}"#) == [], "4XX holds 404")
        #expect(Self.verdict("GET", "/anything", 418, ["Content-Type": "text/plain"], "tea") == [], "default and */* hold anything")
        #expect(Self.verdict("DELETE", "/bare", 204) == [])
    }

    @Test func anUndeclaredStatusIsOneViolationNamingTheDeclaredOnes() {
        #expect(Self.verdict("GET", "/orders/{id}", 500, ["Content-Type": "text/html"], "<h1>oops</h1>") == [
            "response.status  status : GET /orders/{id} declares no 500 response; it declares 200, 4XX",
        ])
        #expect(Self.verdict("DELETE", "/bare", 200) == ["response.status  status : DELETE /bare declares no 200 response; it declares 204"])
    }

    @Test func aRequiredHeaderMissingAndAHeaderOfTheWrongTypeAreReported() {
        #expect(Self.verdict("GET", "/orders/{id}", 200, ["Content-Type": "application/json", "X-Trace": "nope"], #"{"id":1,"state":"placed"}"#) == [
            "response.header X-Rate-Limit required : the response header 'X-Rate-Limit' is required",
            "response.header X-Trace format : \"nope\" is not a uuid",
        ])
        #expect(Self.verdict("GET", "/orders/{id}", 200, ["Content-Type": "application/json", "X-Rate-Limit": "many"], #"{"id":1,"state":"placed"}"#) == [
            "response.header X-Rate-Limit type : expected an integer (int64), found \"many\"",
        ])
    }

    @Test func aContentTypeTheResponseDoesNotDeclareIsReportedAndItsBodyNotRead() {
        #expect(Self.verdict("GET", "/orders/{id}", 200, ["Content-Type": "text/html", "X-Rate-Limit": "1"], "<p>") == [
            "response.header Content-Type media-type : the 200 response of GET /orders/{id} declares no text/html body; it declares application/json",
        ])
        #expect(Self.verdict("GET", "/orders/{id}", 200, ["X-Rate-Limit": "1"], "{}") == [
            "response.header Content-Type media-type : the body has no Content-Type; the 200 response of GET /orders/{id} declares application/json",
        ])
    }

    @Test func aBodyThatIsNotJSONIsASyntaxViolationWithItsPlace() {
        #expect(Self.verdict("GET", "/orders/{id}", 200, Self.valid, #"{"id":1,"#) == [
            "response.body  syntax : the body is not JSON: at byte 0 (line 1, column 1), JSON object opened here is never closed; add the missing '}'",
        ])
    }

    @Test func theBodyIsCheckedAgainstItsSchemaWriteOnlyRefusedAndReadOnlyAllowed() {
        #expect(Self.verdict("GET", "/orders/{id}", 200, Self.valid, #"{"id":1,"state":"lost","secret":"s"}"#) == [
            "response.body  enum /state: \"lost\" is not one of placed, delivered",
            "response.body  writeOnly /secret: property \"secret\" is write-only; it must not appear in responses",
        ])
        #expect(Self.verdict("GET", "/orders/{id}", 200, Self.valid, #"{"state":"placed"}"#) == [
            "response.body  required : required property \"id\" is missing",
        ])
    }

    @Test func theReportKeepsTheFirstHundredViolationsAndCountsTheRest() {
        let many = "[" + (0..<150).map { _ in "1" }.joined(separator: ",") + "]"
        let report = Self.validator.check(
            status: 200, headers: ["Content-Type": "application/json"], body: Array(many.utf8), of: Self.contracts.operation("GET", "/anything"))
        #expect(report.violations.count == 1, "an array is not an object: one violation")
        let array = try! ContractFixture.load("""
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /list:
                get:
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
            """).contracts
        let counted = ResponseValidator(schemas: array.schemas).check(
            status: 200, headers: ["Content-Type": "application/json"], body: Array(many.utf8), of: array.operation("GET", "/list"))
        #expect(counted.violations.count == 100 && counted.omitted == 50 && !counted.keepsContract)
    }
}
