import MimicTestSupport
import Testing
@testable import MimicContracts

/// A parameter named by `$ref` from several operations is imported once and given again: each operation gets the
/// parameter and the diagnostics that importing it afresh gives.
@Suite struct ParameterReferenceTests {
    @Test func aReferencedParametersWarningsAreReportedForEveryReference() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Backups, version: "1"}
            paths:
              /backups/{id}:
                get:
                  parameters: [{$ref: "#/components/parameters/id"}, {$ref: "#/components/parameters/from"}]
                  responses: {"200": {description: OK}}
                delete:
                  parameters: [{$ref: "#/components/parameters/id"}, {$ref: "#/components/parameters/from"}]
                  responses: {"204": {description: Deleted}}
            components:
              parameters:
                id: {name: id, in: path}
                from: {name: from, in: query, schema: {$ref: "#/components/schemas/Day"}}
              schemas:
                Day: {type: string, format: date}
            """)
        #expect(diagnostics == [
            "api.yaml:13:9: warning: parameter 'id' (path) declares no schema; Mimic treats it as a string [import.missing-type]",
            "api.yaml:13:9: warning: path parameter 'id' is not marked 'required: true'; path parameters are always required [import.path-parameter-not-required]",
            "api.yaml:13:9: warning: parameter 'id' (path) declares no schema; Mimic treats it as a string [import.missing-type]",
            "api.yaml:13:9: warning: path parameter 'id' is not marked 'required: true'; path parameters are always required [import.path-parameter-not-required]",
        ])
        let parameters = contracts.operations.map { $0.parameters.map { "\($0.name) \($0.location.rawValue) \($0.required) \(pointer(of: $0.schema))" } }
        #expect(parameters == [["id path true inline", "from query false #/components/schemas/Day"], ["id path true inline", "from query false #/components/schemas/Day"]])
    }

    @Test func aReferencedParameterWhoseSchemaLeadsNowhereIsImportedAfreshEachTime() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Backups, version: "1"}
            paths:
              /backups:
                get:
                  parameters: [{$ref: "#/components/parameters/from"}]
                  responses: {"200": {description: OK}}
                post:
                  parameters: [{$ref: "#/components/parameters/from"}]
                  responses: {"201": {description: Created}}
            components:
              parameters:
                from: {name: from, in: query, schema: {$ref: "#/components/schemas/Missing"}}
            """)
        #expect(diagnostics == [
            "api.yaml:13:50: error: $ref '#/components/schemas/Missing' points at nothing: this file has no /components/schemas/Missing [ref.unresolved]",
        ])
        // The first import read the schema and found nothing; the second takes it as the reference it now is.
        #expect(contracts.operations.map { $0.parameters.map { pointer(of: $0.schema) } } == [["inline"], ["#/components/schemas/Missing"]])
    }

    /// The pointer part of the schema's reference (its file lies in a temporary folder), or `inline`.
    private func pointer(of schema: Schema) -> String {
        guard let reference = schema.reference, let hash = reference.firstIndex(of: "#") else { return "inline" }
        return String(reference[hash...])
    }
}
