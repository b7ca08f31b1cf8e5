import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Response examples that break their own schema: `mimic lint` warns at each, `serve` passes them over unless
/// `Prefer` names one, and Prism's style serves them as written.
@Suite struct ExampleConformanceTests {
    /// The orders contract with `examples` (YAML lines, each one example) as its JSON response's examples.
    private static func contract(examples: [String]) -> String {
        """
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
        \(examples.map { "                " + $0 }.joined(separator: "\n"))
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
    }

    private static let placed = "placed: {value: {id: 1, status: placed}}"
    private static let lost = #"lost: {value: {id: "one", status: lost, note: 7}}"#

    @Test func anExampleBreakingItsSchemaIsAWarningAtTheExampleWithTheFirstViolationAndHowManyMore() throws {
        let (contracts, _) = try ContractFixture.load(Self.contract(examples: [Self.placed, Self.lost]))
        let warnings = contracts.operations.flatMap { ExampleConformance.diagnostics(of: $0, schemas: contracts.schemas) }
        #expect(warnings.map { "\($0.source.location.line):\($0.source.location.column) \($0.code) \($0.message)" } == [
            #"15:31 response.invalid-example example 'lost' of the 200 application/json response of GET /orders/{id} breaks its schema: /id expected an integer, found the string "one" (and 2 more); serve answers another example or generated data unless Prefer names it, mock serves it as Prism does"#,
        ])
    }

    @Test func aLoadCheckingExamplesNamesTheBrokenOnesWhereItsWarningsAre() throws {
        let fixture = try ContractFixture([("api.yaml", Self.contract(examples: [Self.placed, Self.lost]))])
        defer { fixture.remove() }
        let contracts = ContractLoader(exampleChecks: { ExampleConformance.diagnostics(of: $0, schemas: $1) }).load([fixture.folder])
        #expect(contracts.brokenExamples?.map { "\($0.location.line):\($0.location.column)" } == ["15:31"])
        #expect(contracts.diagnostics.map { "\($0.source.location.line):\($0.source.location.column) \($0.code)" } == ["15:31 response.invalid-example"])
        #expect(fixture.load().brokenExamples == nil)
    }

    @Test func serveTakesTheBrokenExamplesTheLoadFoundWithoutCheckingThemAgain() throws {
        let fixture = try ContractFixture([("api.yaml", Self.contract(examples: [Self.placed, Self.lost]))])
        defer { fixture.remove() }
        var contracts = fixture.load()
        let placed = try #require(contracts.operations.first?.responses.first?.contents.first?.examples.first)
        contracts.brokenExamples = [placed.source]
        // 'placed' keeps its schema, but the load said it breaks it: serve passes it over, as it would a broken one.
        #expect(MockEngine(contracts: contracts).body("GET", "/orders/7") == #"{"id":"one","status":"lost","note":7}"#)
        #expect(MockEngine(contracts: fixture.load()).body("GET", "/orders/7") == #"{"id":1,"status":"placed"}"#)
    }

    @Test func serveAnswersTheFirstExampleThatKeepsItsSchema() throws {
        let engine = try MockEngine(contract: Self.contract(examples: [Self.lost, Self.placed]))
        #expect(engine.body("GET", "/orders/7") == #"{"id":1,"status":"placed"}"#)
        #expect(engine.body("GET", "/orders/7", headers: ["Prefer": "example=lost"]) == #"{"id":"one","status":"lost","note":7}"#)
    }

    @Test func serveGeneratesWhenEveryExampleBreaksItsSchemaAndPrismStyleServesItAsWritten() throws {
        let onlyLost = Self.contract(examples: [Self.lost])
        let generated = try MockEngine(contract: onlyLost).body("GET", "/orders/7")
        #expect(!generated.contains(#""lost""#))
        #expect(generated.hasPrefix(#"{"id":"#))
        #expect(try MockEngine(contract: onlyLost, problems: .prism).body("GET", "/orders/7") == #"{"id":"one","status":"lost","note":7}"#)
    }
}
