import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine

/// `mimic lint`'s warning for response examples that break their own schema.
@Suite struct ExampleConformanceTests {
    private static let contract = """
        openapi: 3.0.0
        info: {title: Orders, version: "1"}
        paths:
          /orders/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Order"}
                      examples:
                        placed: {value: {id: 1, status: placed}}
                        lost: {value: {id: "one", status: lost, note: 7}}
                    text/plain:
                      schema: {type: integer}
                      example: not a number
        components:
          schemas:
            Order:
              type: object
              required: [id, status]
              properties:
                id: {type: integer}
                status: {type: string, enum: [placed, shipped]}
                note: {type: string}
        """

    @Test func anExampleBreakingItsSchemaIsAWarningAtTheExampleWithTheFirstViolationAndHowManyMore() throws {
        let (contracts, _) = try ContractFixture.load(Self.contract)
        let warnings = contracts.operations.flatMap { ExampleConformance.diagnostics(of: $0, schemas: contracts.schemas) }
        #expect(warnings.map { "\($0.source.location.line):\($0.source.location.column) \($0.code) \($0.message)" } == [
            #"15:31 response.invalid-example example 'lost' of the 200 application/json response of GET /orders/{id} breaks its schema: /id expected an integer, found the string "one" (and 2 more); it is served as written"#,
        ])
    }
}
