import Testing
@testable import MimicYAML

@Suite struct YAMLDocumentTests {
    private let swagger = """
    ---
    swagger: "2.0"
    info:
      title: Backups
      version: 1.0.0
    paths:
      /v1/backups:
        get:
          responses:
            200:
              description: OK
    ---
    """

    @Test func parseFirstDocumentReturnsTheSpecOfASwaggerFileEndingWithABareDocumentStart() throws {
        let document = try #require(try YAML.parseFirstDocument(Array(swagger.utf8)))
        #expect(document["swagger"]?.scalar == YAMLScalar("2.0", kind: .string))
        #expect(document["paths"]?["/v1/backups"]?["get"]?["responses"]?["200"]?["description"]?.string == "OK")
        #expect(try YAML.parseStream(Array(swagger.utf8)).count == 2)
    }

    @Test func parseFirstDocumentSkipsLeadingEmptyDocumentsAndIsNilWithoutContent() throws {
        #expect(try YAML.parseFirstDocument(Array("---\n--- null\n--- x\n--- y\n".utf8))?.string == "x")
        #expect(try YAML.parseFirstDocument(Array("---\n...\n".utf8)) == nil)
        #expect(try YAML.parseFirstDocument([]) == nil)
    }

    @Test func parseFirstDocumentStillRejectsErrorsInLaterDocuments() {
        #expect(parseError("a: 1\n--- [\n")?.code == "yaml.unclosed-flow")
    }
}
