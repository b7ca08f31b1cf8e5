import Foundation
import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// XML request bodies, on `Tests/Fixtures/xml-pets.yaml` (`POST /pets` takes a `Pet` as `application/xml`): read by
/// the schema's `xml` annotations as responses are written, and checked as JSON bodies are.
@Suite struct MockEngineXMLRequestTests {
    private static let engine = MockEngineXMLTests.engine
    private static let namespace = "https://example.com/pets"

    private func post(_ body: String, contentType: String = "application/xml") -> MockResult {
        Self.engine.respond("POST", "/pets", headers: ["Content-Type": contentType], body: body)
    }

    private func verdict(_ body: String) -> String {
        Self.engine.verdict("POST", "/pets", headers: ["Content-Type": "application/xml"], body: body)
    }

    /// The problem's type, then `code pointer message` of each violation.
    private func problem(_ result: MockResult) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.response.body)) as? [String: Any])
        let errors = try #require(json["errors"] as? [[String: Any]])
        return ["\(result.response.status) \(json["type"] ?? "")"] + errors.map { "\($0["code"] ?? "") \($0["pointer"] ?? "") \($0["message"] ?? "")" }
    }

    @Test func aPetAsTheAnnotationsSpellItIsAccepted() {
        let pet = #"<q:pet xmlns:q="https://example.com/pets" id=" 7 " q:species="dog"><name>Rex</name>"#
            + "<labels><label>good</label><label>loud</label></labels><photo>a.png</photo><owner><first_name>Ann</first_name></owner></q:pet>"
        #expect(verdict(pet) == "201")
    }

    @Test func whatTheEngineWritesItReadsBackAsTheSameValue() throws {
        let operation = try #require(Self.engine.router.routes.first { $0.operation.method == "GET" && $0.operation.path.description == "/pets/{id}" })
        let content = try #require(operation.operation.responses.first?.contents.first)
        let schema = try #require(content.schema)
        guard case .json(let example) = content.examples.first?.value else { Issue.record("the fixture's example is not a value"); return }
        let schemas = Self.engine.schemas
        let written = XMLWriter(schemas: schemas).document(for: example, schema: schema)
        let read = XMLBody(try XMLReader.read(Array(written.utf8)), schema: schema, schemas: schemas)
        #expect(read.violations.isEmpty)
        #expect(read.value == example)
    }

    @Test func everyViolationPointsIntoTheElementTree() throws {
        let pet = #"<pet id="x" species="cat"><name>Rexxxxxxxxxxxxxxxxx</name><labels><label>good</label><tag>loud</tag></labels>"#
            + "<owner>Ann</owner></pet>"
        #expect(try problem(post(pet)) == [
            "422 urn:mimic:problem:request-invalid",
            "xml-namespace /pet <pet> is in no namespace; the schema puts it in '\(Self.namespace)'",
            "xml-name /pet/labels/tag[2] <tag> is not an item of <labels>: its items are <label>",
            "type /pet/@id expected an integer, found the string \"x\"",
            "maxLength /pet/name must be at most 12 characters long, found 19",
            "enum /pet/@species \"cat\" is not one of dog",
            "minItems /pet/photo must have at least 1 item, found 0",
            "type /pet/owner expected an object, found the string \"Ann\"",
        ])
    }

    @Test func aMissingRequiredMemberIsNamedAtItsElement() throws {
        #expect(try problem(post(#"<p:pet xmlns:p="https://example.com/pets" id="1" p:species="dog"><photo>a</photo></p:pet>"#)) == [
            "422 urn:mimic:problem:request-invalid",
            "required /p:pet required property \"name\" is missing",
            "required /p:pet required property \"tags\" is missing",
        ])
    }

    @Test func malformedXMLIsA400WithItsPlace() throws {
        #expect(try problem(post("<pet><name>Rex</pet>")) == [
            "400 urn:mimic:problem:malformed-xml",
            "xml-syntax  the body is not XML: at byte 14 (line 1, column 15), the end tag </pet> does not close the element <name>",
        ])
    }

    @Test func aDoctypeIsRefusedBeforeAnyEntityIsRead() throws {
        let laughs = #"<!DOCTYPE pet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><pet>&b;</pet>"#
        #expect(try problem(post(laughs)) == [
            "400 urn:mimic:problem:malformed-xml",
            "xml-syntax  the XML body is refused: at byte 0 (line 1, column 1), a DOCTYPE is refused: Mimic reads no DTD, so it declares and expands no entity",
        ])
    }

    @Test func aBodyTooDeepIsOneDepthViolation() throws {
        let depth = 600
        let deep = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(try problem(post(deep)) == [
            "422 urn:mimic:problem:request-invalid",
            "depth  the body nests elements more than 512 levels deep, at byte 1536 (line 1, column 1537)",
        ])
    }

    @Test func anXMLBodyIsReadAsXMLEvenWhenItLooksLikeJSON() throws {
        #expect(try problem(post(#"{"id": 1}"#)) == [
            "400 urn:mimic:problem:malformed-xml",
            "xml-syntax  the body is not XML: at byte 0 (line 1, column 1), text before the root element",
        ])
    }

    @Test func anXMLBodyWithoutSchemaIsStillCheckedForWellFormedness() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.0
            info: {title: x, version: "1"}
            paths:
              /notes:
                post:
                  requestBody: {content: {text/xml: {}}}
                  responses: {"204": {description: kept}}
            """)
        #expect(engine.verdict("POST", "/notes", headers: ["Content-Type": "text/xml"], body: "<note>hi</note>") == "204")
        #expect(engine.verdict("POST", "/notes", headers: ["Content-Type": "text/xml"], body: "<note>hi") == "400\nbody  xml-syntax ")
    }
}
