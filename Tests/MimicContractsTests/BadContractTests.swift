import MimicTestSupport
import Testing
@testable import MimicContracts

/// Each kind of broken file gets one clear, located error, and never stops the other files from loading.
@Suite struct BadContractTests {
    private static let goodContract = """
        openapi: 3.0.0
        info: {title: Good, version: "1"}
        paths:
          /things:
            get: {responses: {"200": {description: OK}}}
        """

    private func loadBeside(_ name: String, _ text: String) throws -> (summaries: [String], operations: Int) {
        let fixture = try ContractFixture([(name, text), ("z-good.yaml", Self.goodContract)])
        defer { fixture.remove() }
        let contracts = fixture.load()
        return (fixture.summaries(contracts), contracts.operations.count)
    }

    @Test func binaryGarbageIsNotReadAsYAML() throws {
        let result = try loadBeside("garbage.yaml", "\u{01}\u{02}binary")
        #expect(result.summaries == ["garbage.yaml:1:1: error: control character U+0001 is not allowed in YAML; remove it or write it as an escape inside a double-quoted string [yaml.invalid-character]"])
        #expect(result.operations == 1)
    }

    @Test func plainTextIsNotAContract() throws {
        let result = try loadBeside("notes.yaml", "just some words\n")
        #expect(result.summaries == ["notes.yaml:1:1: error: this document (a single value) is not a contract: expected 'swagger: \"2.0\"', 'openapi: 3.x', or a Postman collection's 'info' and 'item' [load.unknown-format]"])
        #expect(result.operations == 1)
    }

    @Test func truncatedJSONNamesTheUnclosedObject() throws {
        let result = try loadBeside("cut.json", #"{"swagger": "2.0", "info": {"title": "x""#)
        #expect(result.summaries == ["cut.json:1:28: error: JSON object opened here is never closed; add the missing '}' [json.unterminated]"])
        #expect(result.operations == 1)
    }

    @Test func tabIndentationIsNamed() throws {
        let result = try loadBeside("tabs.yaml", "swagger: \"2.0\"\ninfo:\n\ttitle: x\n")
        #expect(result.summaries == ["tabs.yaml:3:1: error: tabs are not allowed for indentation; indent with spaces [yaml.tab-indentation]"])
    }

    @Test func anUnclosedFlowCollectionPointsAtItsOpening() throws {
        let result = try loadBeside("open.yaml", "openapi: 3.0.0\ninfo: {title: x, version: \"1\"\npaths: {}\n")
        #expect(result.summaries == ["open.yaml:2:7: error: flow mapping opened here is not closed before line 3, which is not indented past column 1; add the missing '}' or indent that line [yaml.unclosed-flow]"])
    }

    @Test func aCyclicAliasIsRejected() throws {
        let result = try loadBeside("cycle.yaml", "openapi: 3.0.0\nloop: &a [1, *a]\n")
        #expect(result.summaries == ["cycle.yaml:2:14: error: alias *a is used inside the node its anchor &a names, which would make it contain itself [yaml.cyclic-alias]"])
    }

    @Test func anUnknownFormatSaysWhatWasExpected() throws {
        let result = try loadBeside("async.yaml", "asyncapi: 2.6.0\ninfo: {title: Events}\n")
        #expect(result.summaries == ["async.yaml:1:1: error: this document (a mapping) is not a contract: expected 'swagger: \"2.0\"', 'openapi: 3.x', or a Postman collection's 'info' and 'item' [load.unknown-format]"])
    }

    @Test func anEmptyFileHoldsNoDocument() throws {
        let result = try loadBeside("empty.yaml", "# nothing yet\n---\n")
        #expect(result.summaries == ["empty.yaml:1:1: error: the file holds no document [load.empty]"])
        #expect(result.operations == 1)
    }

    @Test func aMissingPathIsReported() {
        let contracts = ContractLoader().load(["/nonexistent/contracts"])
        #expect(contracts.diagnostics.map(\.summary) == ["/nonexistent/contracts:1:1: error: no such file or folder [load.not-found]"])
    }
}

@Suite struct ReservedPathTests {
    @Test func operationsUnderTheReservedSegmentAreALoadError() throws {
        let fixture = try ContractFixture([("api.yaml", """
            openapi: 3.0.0
            info: {title: Clash, version: "1"}
            paths:
              /__mimic/health:
                get: {responses: {"200": {description: OK}}}
              /health:
                get: {responses: {"200": {description: OK}}}
            """)])
        defer { fixture.remove() }
        let contracts = ContractLoader(reservedPathSegment: "__mimic").load([fixture.folder])
        let diagnostics = fixture.summaries(contracts)
        #expect(diagnostics == ["api.yaml:5:10: error: '/__mimic/health' is under /__mimic/, which Mimic keeps for its own endpoints; this operation is not served [load.reserved-path]"])
        #expect(contracts.operations.map(\.key) == ["GET /health"])
    }

    @Test func withoutAReservedSegmentEveryPathIsServed() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: Clash, version: "1"}
            paths:
              /__mimic/health:
                get: {responses: {"200": {description: OK}}}
            """)
        #expect(diagnostics.isEmpty)
        #expect(contracts.operations.map(\.key) == ["GET /__mimic/health"])
    }
}
