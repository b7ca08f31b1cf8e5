import MimicTestSupport
import MimicYAML
import Testing
@testable import MimicContracts

/// Contract files imported ahead of their turn, each in a session of its own: taken in only where importing the file
/// in its turn would give the same, so that a load gives the same whichever thread imported which file.
@Suite struct IsolatedImportTests {
    static let referencing = """
        openapi: 3.0.3
        info: {title: Orders, version: "1"}
        paths:
          /orders:
            get:
              responses: {"200": {description: OK, content: {application/json: {schema: {$ref: "shared.yaml#/components/schemas/Order"}}}}}
        """
    static let shared = """
        openapi: 3.0.3
        info: {title: Shared, version: "1"}
        paths:
          /shared:
            get:
              responses: {"200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Order"}}}}}
        components:
          schemas:
            Order: {type: thing}
        """

    private static let noExcesses: @Sendable (Schema) -> [SchemaExcess] = { _ in [] }

    @Test func aFileWhoseImportReadsAnotherFileIsNotImportedApart() throws {
        let root = try #require(try YAML.parseFirstDocument(Array(Self.referencing.utf8)))
        let orders = IsolatedImport.importing(root, of: "orders.yaml", schemaExcesses: Self.noExcesses)
        #expect(orders == nil)
        let notAContract = try #require(try YAML.parseFirstDocument(Array("title: notes\n".utf8)))
        let notes = IsolatedImport.importing(notAContract, of: "notes.yaml", schemaExcesses: Self.noExcesses)
        #expect(notes == nil)
    }

    @Test func anImportApartIsTakenInAfterTheDiagnosticsSoFarWithItsSchemas() throws {
        let root = try #require(try YAML.parseFirstDocument(Array(Self.shared.utf8)))
        let imported = IsolatedImport.importing(root, of: "shared.yaml", schemaExcesses: Self.noExcesses)
        let part = try #require(imported)
        let session = LoadSession()
        let earlier = Diagnostic.warning("import.earlier", "reported before", at: .start(of: "first.yaml"))
        session.diagnostics = [earlier]
        #expect(session.adopt(part))
        #expect(session.diagnostics.map(\.summary) == [
            "first.yaml:1:1: warning: reported before [import.earlier]",
            "shared.yaml:9:19: warning: unknown type 'thing'; expected one of string, integer, number, boolean, array, object, null [import.unknown-type]",
        ])
        #expect(session.schemas["shared.yaml#/components/schemas/Order"] != nil)
    }

    @Test func anImportApartIsRefusedWhenAnEarlierFileReadOneOfItsSchemas() throws {
        let root = try #require(try YAML.parseFirstDocument(Array(Self.shared.utf8)))
        let imported = IsolatedImport.importing(root, of: "shared.yaml", schemaExcesses: Self.noExcesses)
        let part = try #require(imported)
        let session = LoadSession()
        session.schemas.store(Schema(), for: "shared.yaml#/components/schemas/Order")
        #expect(!session.adopt(part))
        #expect(session.diagnostics.isEmpty)
    }
}
