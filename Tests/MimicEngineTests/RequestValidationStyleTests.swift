import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

/// How array and object parameters are spelt: Swagger's `collectionFormat` and OpenAPI's `style`/`explode`.
@Suite struct RequestValidationStyleTests {
    private static let integers = "type: array, items: {type: integer}, maxItems: 3"

    @Test(arguments: [
        ("collectionFormat: csv", "?ids=1,2,3", "?ids=1,x,3"),
        ("collectionFormat: ssv", "?ids=1%202%203", "?ids=1%20x%203"),
        ("collectionFormat: tsv", "?ids=1%092%093", "?ids=1%09x%093"),
        ("collectionFormat: pipes", "?ids=1|2|3", "?ids=1|x|3"),
        ("collectionFormat: multi", "?ids=1&ids=2&ids=3", "?ids=1&ids=x&ids=3"),
    ])
    func swaggerCollectionFormats(format: String, valid: String, invalid: String) throws {
        let engine = try MockEngine(contract: ContractFixture.swagger(parameters: ["{name: ids, in: query, \(Self.integers), \(format)}"]))
        #expect(engine.verdict("GET", "/items" + valid) == "200")
        #expect(engine.verdict("GET", "/items" + invalid) == "422\nquery ids type /1")
    }

    @Test func arrayBoundsAndUniqueness() throws {
        let engine = try MockEngine(contract: ContractFixture.swagger(parameters: [
            "{name: ids, in: query, type: array, items: {type: string}, minItems: 2, uniqueItems: true, collectionFormat: multi}",
        ]))
        #expect(engine.verdict("GET", "/items?ids=a") == "422\nquery ids minItems ")
        #expect(engine.verdict("GET", "/items?ids=a&ids=a") == "422\nquery ids uniqueItems /1")
    }

    @Test func anEmptyUnexplodedArrayHasNoItems() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.3
            info: {title: Fixture, version: "1"}
            paths:
              /items:
                get:
                  parameters:
                    - {name: kinds, in: query, style: form, explode: false, schema: {type: array, items: {type: string, enum: [a, b]}}}
                    - {name: tags, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}, minItems: 1}}
                  responses:
                    '204': {description: No content}
            """)
        #expect(engine.respond("GET", "/items?kinds=").response.rendered == "204\n")
        #expect(engine.respond("GET", "/items?kinds=&tags=").response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of GET /items: 1 violation.","mode":"lenient","errors":[{"location":"query","name":"tags","pointer":"","code":"minItems","message":"must have at least 1 item, found 0"}]}
            """)
    }

    @Test func openAPIStylesAndDeepObject() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.3
            info: {title: Fixture, version: "1"}
            paths:
              /items/{ids}:
                get:
                  parameters:
                    - {name: ids, in: path, required: true, schema: {type: array, items: {type: integer}}}
                    - {name: tags, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string, enum: [a, b]}}}
                    - {name: words, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
                    - {name: filter, in: query, style: deepObject, explode: true, schema: {type: object, required: [size], properties: {size: {type: integer}, on: {type: boolean}}}}
                    - {name: X-Limit, in: header, schema: {type: integer, format: int32}}
                    - {name: session, in: cookie, required: true, schema: {type: string}}
                  responses:
                    '200': {description: OK}
            """)
        let headers: HTTPHeaders = ["Cookie": "theme=dark; session=abc"]
        #expect(engine.verdict("GET", "/items/1,2?tags=a|b&words=x%20y&filter[size]=3&filter[on]=true", headers: headers) == "200")
        #expect(engine.verdict("GET", "/items/1,z?tags=a|c&filter[size]=big&filter[on]=yes", headers: ["X-Limit": "ten"]) == """
            422
            path ids type /1
            query tags enum /1
            query filter type /size
            query filter type /on
            header X-Limit type \("")
            cookie session required \("")
            """)
        #expect(engine.verdict("GET", "/items/1?filter[on]=true", headers: headers) == "422\nquery filter required ")
    }

    @Test func anExplodedFormObjectIsOnePairPerMemberEachReadByItsProperty() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.3
            info: {title: Fixture, version: "1"}
            paths:
              /windows:
                get:
                  parameters:
                    - {name: Window, in: query, required: true, schema: {type: object, required: [Unit], properties: {Unit: {type: string, enum: [day]}, Count: {type: integer}, Origin: {type: object}}}}
                    - {name: Range, in: query, style: form, explode: false, schema: {type: object, properties: {from: {type: integer}, to: {type: integer}}}}
                  responses:
                    '200': {description: OK}
            """)
        #expect(engine.verdict("GET", "/windows?Unit=day&Count=3&Range=from,1,to,2") == "200")
        #expect(engine.verdict("GET", "/windows?Unit=week&Count=x&Range=from,a") == """
            422
            query Window type /Count
            query Window enum /Unit
            query Range type /from
            """)
        #expect(engine.verdict("GET", "/windows?Count=3") == "422\nquery Window required ")
        #expect(engine.verdict("GET", "/windows?Unit=day&Origin=%7B%7D") == "422\nquery Window type /Origin", "a member that is an object has no spelling in a query")
    }

    @Test func aPathParameterThatCannotBeDecodedIsAnEncodingViolation() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.3
            info: {title: Fixture, version: "1"}
            paths:
              /items/{id}/{part}:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: integer}}
                    - {name: part, in: path, required: true, schema: {type: integer}}
                  responses:
                    '200': {description: OK}
            """)
        #expect(engine.respond("GET", "/items/1%2/x").violations == [
            Violation(location: .path, name: "part", code: "type", message: #"expected an integer (int64), found "x""#),
            Violation(location: .path, name: "id", code: "encoding", message: "the percent-encoding '%2' is cut short; write a byte as % and two hexadecimal digits"),
        ])
        #expect(engine.verdict("GET", "/items/%31/%32") == "200")
    }
}
