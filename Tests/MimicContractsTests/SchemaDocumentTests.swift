import MimicTestSupport
import Testing
@testable import MimicContracts

@Suite struct SchemaDocumentTests {
    private func load(_ text: String, remoteFolders: [(prefix: String, folder: String)] = []) -> (Schema, SchemaRegistry, [String]) {
        let (schema, schemas, diagnostics) = SchemaDocument.load(Array(text.utf8), file: "/schemas/test.yaml", remoteFolders: remoteFolders)
        return (schema, schemas, diagnostics.map(\.summary))
    }

    @Test func draft4ArrayFormItemsAreTupleItemsAndAdditionalItemsTheRest() {
        let (schema, _, diagnostics) = load(#"{"items": [{"type": "string"}, {"type": "integer"}], "additionalItems": false}"#)
        #expect(schema.tupleItems.map(\.types) == [[.string], [.integer]])
        #expect(schema.items == nil)
        guard case .forbidden = schema.additionalItems else { Issue.record("additionalItems: \(schema.additionalItems)"); return }
        #expect(diagnostics.isEmpty)
    }

    @Test func aCountWrittenAsAWholeFloatIsACount() {
        let (schema, _, diagnostics) = load("""
            minLength: 1e8
            maxLength: 2.0e8
            minItems: 3.0
            maxItems: 4
            minProperties: 1e2
            maxProperties: 2.5
            """)
        #expect([schema.minLength, schema.maxLength, schema.minItems, schema.maxItems] == [100_000_000, 200_000_000, 3, 4])
        #expect(schema.minProperties == 100)
        #expect(schema.maxProperties == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func draft2020PrefixItemsAreTupleItemsAndItemsTheRest() {
        let (schema, _, _) = load(#"{"prefixItems": [{"type": "string"}], "items": {"type": "boolean"}}"#)
        #expect(schema.tupleItems.map(\.types) == [[.string]])
        guard case .schema(let rest) = schema.additionalItems else { Issue.record("additionalItems: \(schema.additionalItems)"); return }
        #expect(rest.types == [.boolean])
    }

    @Test func patternPropertiesDependenciesPropertyNamesAndContainsAreRead() {
        let (schema, _, _) = load("""
            patternProperties: {"^x-": {type: string}}
            dependencies: {card: [billing], bar: {required: [foo]}}
            dependentRequired: {a: [b]}
            propertyNames: {maxLength: 3}
            contains: {type: integer}
            """)
        #expect(schema.patternProperties.map(\.name) == ["^x-"])
        #expect(schema.dependencies.map(\.property) == ["card", "bar", "a"])
        guard case .properties(let names) = schema.dependencies[0].requirement, case .schema(let dependent) = schema.dependencies[1].requirement else {
            Issue.record("dependencies: \(schema.dependencies)")
            return
        }
        #expect(names == ["billing"])
        #expect(dependent.required == ["foo"])
        #expect(schema.propertyNames?.maxLength == 3)
        #expect(schema.contains?.types == [.integer])
    }

    @Test func referencesResolveInsideTheDocumentEvenWithEmptyPointerTokens() {
        let (schema, schemas, _) = load(##"{"definitions": {"": {"definitions": {"": {"type": "number"}}}}, "allOf": [{"$ref": "#/definitions//definitions/"}]}"##)
        #expect(schemas.resolve(schema.allOf[0]).types == [.number])
    }

    @Test func remoteReferencesAreReadFromTheFolderThatServesTheirPrefix() throws {
        let fixture = try ContractFixture([("remote/integer.json", #"{"type": "integer"}"#)])
        defer { fixture.remove() }
        let (schema, schemas, diagnostics) = load(#"{"$ref": "http://localhost:1234/integer.json"}"#, remoteFolders: [(prefix: "http://localhost:1234/", folder: fixture.folder + "/remote")])
        #expect(schemas.resolve(schema).types == [.integer])
        #expect(diagnostics.isEmpty)
        let (_, _, unmapped) = load(#"{"$ref": "http://example.com/integer.json"}"#)
        #expect(unmapped == ["/schemas/test.yaml:1:10: warning: $ref 'http://example.com/integer.json' points at another server; Mimic works offline and does not fetch it, so anything is accepted there [ref.remote]"])
    }
}
