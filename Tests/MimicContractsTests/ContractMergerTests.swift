import MimicYAML
import Testing
@testable import MimicContracts

@Suite struct ContractMergerTests {
    private func source(_ file: String, line: Int) -> SourceReference {
        SourceReference(file: file, location: SourceLocation(line: line, column: 5, offset: line * 10))
    }

    private func parameter(_ name: String, _ location: ParameterLocation, file: String, line: Int, schema: Schema = Schema(types: [.string]), typed: Bool = false, required: Bool = false) -> Parameter {
        Parameter(name: name, location: location, required: required, schema: schema, isTypeDeclared: typed, source: source(file, line: line))
    }

    private func enumSchema(_ values: [String]) -> Schema {
        var schema = Schema(types: [.string])
        schema.enumValues = values.map(JSONValue.string)
        return schema
    }

    @Test func sameMethodAndPathShapeBecomeOneOperationWithBothSources() {
        let swagger = Contract(file: "a.yaml", format: .swagger2, operations: [
            APIOperation(method: "GET", path: PathTemplate("/v1/things/{thing_id}"), operationId: "getThing",
                      parameters: [parameter("thing_id", .path, file: "a.yaml", line: 3, required: true)], sources: [source("a.yaml", line: 2)]),
        ])
        let postman = Contract(file: "b.json", format: .postman, operations: [
            APIOperation(method: "GET", path: PathTemplate("/v1/things/{id}"), operationId: "Get a thing",
                      parameters: [parameter("id", .path, file: "b.json", line: 9, required: true), parameter("expand", .query, file: "b.json", line: 12)],
                      sources: [source("b.json", line: 8)]),
        ])
        var merger = ContractMerger()
        let operations = merger.merge([postman, swagger])
        #expect(operations.count == 1)
        let merged = operations[0]
        #expect(merged.operationId == "getThing")
        #expect(merged.path.description == "/v1/things/{thing_id}")
        #expect(merged.parameters.map(\.name) == ["thing_id", "expand"])
        #expect(merged.sources == [source("a.yaml", line: 2), source("b.json", line: 8)])
        #expect(merger.diagnostics.isEmpty)
    }

    @Test func aTypedDeclarationWinsOverAnUntypedOne() {
        let untyped = Contract(file: "a.yaml", format: .swagger2, operations: [
            APIOperation(method: "GET", path: PathTemplate("/things"), parameters: [parameter("status", .query, file: "a.yaml", line: 4)], sources: [source("a.yaml", line: 2)]),
        ])
        let typed = Contract(file: "b.yaml", format: .openAPI30, operations: [
            APIOperation(method: "GET", path: PathTemplate("/things"), parameters: [parameter("status", .query, file: "b.yaml", line: 7, schema: enumSchema(["A", "B"]), typed: true)], sources: [source("b.yaml", line: 5)]),
        ])
        var merger = ContractMerger()
        let merged = merger.merge([untyped, typed])[0]
        #expect(merged.parameters.count == 1)
        #expect(merged.parameters[0].source == source("b.yaml", line: 7))
        #expect(merged.parameters[0].schema.enumValues == [.string("A"), .string("B")])
    }

    @Test func twoDifferentEnumsAreAConflictNamingBothPlaces() {
        let first = Contract(file: "a.yaml", format: .openAPI30, operations: [
            APIOperation(method: "GET", path: PathTemplate("/things"), parameters: [parameter("status", .query, file: "a.yaml", line: 4, schema: enumSchema(["A", "B"]), typed: true)], sources: [source("a.yaml", line: 2)]),
        ])
        let second = Contract(file: "b.yaml", format: .openAPI30, operations: [
            APIOperation(method: "GET", path: PathTemplate("/things"), parameters: [parameter("status", .query, file: "b.yaml", line: 7, schema: enumSchema(["A", "C"]), typed: true)], sources: [source("b.yaml", line: 5)]),
        ])
        var merger = ContractMerger()
        let merged = merger.merge([first, second])[0]
        #expect(merged.parameters[0].source == source("a.yaml", line: 4))
        #expect(merger.diagnostics.map(\.summary) == [
            "a.yaml:4:5: warning: parameter 'status' (query) allows [A, B] here but [A, C] in b.yaml; Mimic keeps this declaration [merge.conflicting-enum]",
        ])
        #expect(merger.diagnostics[0].notes.map(\.summary) == ["b.yaml:7:5: note: the other declaration of 'status' is here"])
    }

    @Test func operationsAreListedByPathThenMethod() {
        let contract = Contract(file: "a.yaml", format: .openAPI30, operations: [
            APIOperation(method: "POST", path: PathTemplate("/b"), sources: [source("a.yaml", line: 1)]),
            APIOperation(method: "DELETE", path: PathTemplate("/a"), sources: [source("a.yaml", line: 2)]),
            APIOperation(method: "GET", path: PathTemplate("/b"), sources: [source("a.yaml", line: 3)]),
        ])
        var merger = ContractMerger()
        #expect(merger.merge([contract]).map(\.key) == ["DELETE /a", "GET /b", "POST /b"])
    }
}
