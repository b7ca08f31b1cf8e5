import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// XML response bodies checked against their schema, read as XML request bodies are (by the schema's `xml`
/// annotations), on `Tests/Fixtures/xml-pets.yaml`, without sockets.
@Suite struct ResponseValidatorXMLTests {
    static let contracts = ContractLoader().load([WorkspaceFile.package("Tests/Fixtures/xml-pets.yaml").path])
    static let validator = ResponseValidator(schemas: contracts.schemas)

    /// `location code pointer: message` of each violation of an `application/xml` 200 answering `GET path`.
    static func verdict(_ path: String, _ body: String, contentType: String = "application/xml") -> [String] {
        let report = validator.check(status: 200, headers: ["Content-Type": contentType], body: Array(body.utf8), of: contracts.operation("GET", path))
        return report.violations.map { "\($0.location.rawValue) \($0.code) \($0.pointer): \($0.message)" }
    }

    @Test func anXMLBodyKeepingItsSchemaHasNoViolation() {
        #expect(Self.verdict("/pets/{id}", #"<p:pet xmlns:p="https://example.com/pets" id="7" p:species="dog"><name>Rex</name><labels><label>a</label><label>b</label></labels><photo>a.png</photo></p:pet>"#) == [])
        #expect(Self.verdict("/owners/{id}", "<Owner><first_name>Ann</first_name></Owner>", contentType: "text/xml") == [])
    }

    @Test func anXMLBodyBreakingItsSchemaIsReportedAtItsPlaceInTheElementTree() {
        #expect(Self.verdict("/pets/{id}", #"<p:pet xmlns:p="https://example.com/pets" id="12" p:species="cat"><name>Rex</name><labels><label>a</label></labels></p:pet>"#) == [
            "response.body maximum /p:pet/@id: must be at most 9",
            #"response.body enum /p:pet/@p:species: "cat" is not one of dog"#,
            "response.body minItems /p:pet/labels: must have at least 2 items, found 1",
            "response.body minItems /p:pet/photo: must have at least 1 item, found 0",
        ])
    }

    @Test func aBodyThatIsNotXMLIsAnXMLSyntaxViolation() {
        #expect(Self.verdict("/pets/{id}", "<pet>") == [
            "response.body xml-syntax : the body is not XML: at byte 5 (line 1, column 6), the element <pet> is not closed",
        ])
    }

    @Test func mimicsOwnXMLAnswersAreCheckedAsItGivesThem() {
        let engine = MockEngine(contracts: Self.contracts, validateResponses: true)
        let generated = engine.respond(to: HTTPRequest(method: "GET", target: "/pets", headers: ["Accept": "application/xml"]))
        #expect(generated.response.status == 200 && generated.responseViolations.isEmpty, "a generated list keeps its schema")
        let example = engine.respond(to: HTTPRequest(method: "GET", target: "/pets/1", headers: ["Accept": "application/xml"]))
        #expect(example.responseViolations.map { "\($0.code) \($0.pointer)" } == ["maxLength /p:pet/name", "maxItems /p:pet/photo"],
                "the contract's example breaks its own schema (a name of 14 characters, two photos), and the fault is said")
    }
}
