import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

/// Parameters and form fields whose schemas are `allOf`s, or references to arrays, are read as the merged schema
/// says: a wrapped integer is an integer, a wrapped array is split into items, a form body's inherited
/// properties are declared fields.
@Suite struct FlattenedSchemaRequestTests {
    private static let contract = """
        openapi: 3.0.3
        info: {title: Fixture, version: "1"}
        paths:
          /items:
            get:
              parameters:
                - {name: limit, in: query, schema: {allOf: [{$ref: '#/components/schemas/Limit'}]}}
                - {name: ids, in: query, style: form, explode: false, schema: {$ref: '#/components/schemas/Ids'}}
                - {name: tags, in: query, style: pipeDelimited, explode: false, schema: {allOf: [{$ref: '#/components/schemas/Tags'}]}}
              responses:
                '204': {description: No content}
            post:
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      allOf:
                        - {$ref: '#/components/schemas/Base'}
                        - {properties: {extra: {type: integer}}, required: [extra]}
              responses:
                '204': {description: No content}
        components:
          schemas:
            Limit: {type: integer, minimum: 1, maximum: 100}
            Ids: {type: array, items: {type: integer}}
            Tags: {type: array, items: {type: string, enum: [a, b]}, maxItems: 2}
            Base: {type: object, properties: {name: {type: string}}, required: [name]}
        """

    @Test func anAllOfQueryParameterIsReadAsItsMergedType() throws {
        let engine = try MockEngine(contract: Self.contract, strict: true)
        #expect(engine.respond("GET", "/items?limit=5").response.rendered == "204\n")
        #expect(engine.respond("GET", "/items?limit=500").response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of GET /items: 1 violation.","mode":"strict","errors":[{"location":"query","name":"limit","pointer":"","code":"maximum","message":"must be at most 100"}]}
            """)
    }

    @Test func referencedAndAllOfArrayParametersAreSplitIntoItems() throws {
        let engine = try MockEngine(contract: Self.contract, strict: true)
        #expect(engine.respond("GET", "/items?ids=1,2&tags=a|b").response.rendered == "204\n")
        #expect(engine.verdict("GET", "/items?ids=1,x&tags=a|c|b") == "422\nquery ids type /1\nquery tags maxItems \nquery tags enum /1")
    }

    @Test func anAllOfFormBodyDeclaresEveryPartsFields() throws {
        let engine = try MockEngine(contract: Self.contract, strict: true)
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        #expect(engine.respond("POST", "/items", headers: form, body: "name=a&extra=2").response.rendered == "204\n")
        #expect(engine.verdict("POST", "/items", headers: form, body: "extra=x&other=1") == "422\nformData name required \nformData extra type \nformData other undeclared ")
    }
}
