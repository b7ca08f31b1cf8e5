import Foundation
import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// XML responses, on `Tests/Fixtures/xml-pets.yaml`: written by the schema's `xml` annotations, read back
/// with Foundation's `XMLParser`.
@Suite struct MockEngineXMLTests {
    static let engine = MockEngine(contracts: ContractLoader().load([WorkspaceFile.package("Tests/Fixtures/xml-pets.yaml").path]))

    private func answer(_ target: String, accept: String = "*/*") -> String {
        let response = Self.engine.respond(to: HTTPRequest(method: "GET", target: target, headers: ["Accept": accept])).response
        return "\(response.status) \(response.headers["Content-Type"] ?? "-") \(String(decoding: response.body, as: UTF8.self))"
    }

    @Test func anExampleIsWrittenByTheSchemasXMLAnnotations() {
        #expect(answer("/pets/1", accept: "application/xml") == "200 application/xml "
            + #"<p:pet xmlns:p="https://example.com/pets" id="7" p:species="dog"><name>Rex &amp; "Co" &lt;3&gt;</name>"#
            + "<labels><label>good</label><label>loud</label></labels><photo>a.png</photo><photo>b.png</photo>"
            + "<owner><first_name>Ann</first_name></owner></p:pet>")
    }

    @Test func withoutAnnotationsTheRootIsNamedForItsComponent() {
        #expect(answer("/owners/1") == "200 text/xml <Owner><first_name>Ann</first_name></Owner>")
    }

    @Test func aDeclaredXMLStringIsServedAsItIs() {
        #expect(answer("/note") == "200 application/atom+xml <feed><title>News</title></feed>")
    }

    @Test func aScalarUnderAnotherTypeIsItsText() {
        #expect(answer("/count") == "200 text/plain 3")
    }

    @Test func jsonIsStillJSONWhenChosen() {
        #expect(answer("/pets/1", accept: "application/json").hasPrefix("200 application/json {"))
    }

    @Test func generatedDataParsesAsTheAnnotationsSay() throws {
        let body = Self.engine.respond(to: HTTPRequest(method: "GET", target: "/pets")).response.body
        let root = try #require(XMLTree.parse(Data(body)))
        let pets = root.children("p:pet")
        #expect(root.name == "xml" && !pets.isEmpty && pets.count == root.children.count)
        for pet in pets {
            #expect(pet.attributes.keys.sorted() == ["id", "p:species", "xmlns:p"])
            #expect(pet.attributes["xmlns:p"] == "https://example.com/pets" && pet.attributes["p:species"] == "dog")
            #expect(pet.children("labels").map { $0.children("label").count } == [2])
            #expect(pet.children("photo").count == 1 && pet.children("name").count == 1)
        }
        #expect(Self.engine.respond(to: HTTPRequest(method: "GET", target: "/pets")).response.body == body)
    }
}
