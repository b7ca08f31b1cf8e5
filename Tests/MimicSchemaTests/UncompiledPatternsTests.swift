import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

/// A `pattern` Mimic cannot compile is named by a warning, and then checks nothing.
@Suite struct UncompiledPatternsTests {
    @Test func aPatternThatDoesNotCompileIsAWarningNamingIt() {
        let schemas: [Schema] = [
            .of(.string) { $0.pattern = "^(\\d+$" },
            .of(.object) { $0.patternProperties = [SchemaProperty(name: "[a-", schema: Schema())] },
            .of(.string) { $0.pattern = "^\\d{3}$" },
        ]
        #expect(schemas.flatMap(UncompiledPatterns.excesses(of:)) == [
            SchemaExcess(keyword: "pattern", code: "schema.invalid-pattern", message: "pattern '^(\\d+$' is not a regular expression Mimic can compile; values are not checked against it"),
            SchemaExcess(keyword: "patternProperties", code: "schema.invalid-pattern", message: "patternProperties name '[a-' is not a regular expression Mimic can compile; no member name matches it"),
        ])
    }

    @Test func aValueIsNotCheckedAgainstAPatternThatDoesNotCompile() {
        let schema = Schema.of(.string) { $0.pattern = "^(\\d+$" }
        #expect(SchemaValidator(schemas: .with([])).violations(of: .string("abc"), against: schema, at: "", direction: .request).isEmpty)
    }

    @Test func theLoaderWarnsAtTheKeyword() throws {
        let fixture = try ContractFixture([("api.yaml", """
            swagger: "2.0"
            info: {title: x, version: "1"}
            paths:
              /pets:
                get:
                  parameters:
                    - {name: code, in: query, type: string, pattern: "^(\\\\d+$"}
                  responses: {"200": {description: OK}}
            """)])
        defer { fixture.remove() }
        let contracts = ContractLoader(schemaExcesses: UncompiledPatterns.excesses(of:)).load([fixture.folder])
        #expect(fixture.summaries(contracts) == [
            "api.yaml:7:58: warning: pattern '^(\\d+$' is not a regular expression Mimic can compile; values are not checked against it [schema.invalid-pattern]",
        ])
    }
}
