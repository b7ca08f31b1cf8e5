import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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
        let outline = try XMLOutline(Data(body))
        let pets = outline.elements.filter { $0.name == "p:pet" }
        #expect(outline.elements.first?.name == "xml" && outline.elements.first?.depth == 0)
        #expect(!pets.isEmpty && pets.allSatisfy { $0.depth == 1 && $0.attributes.keys.sorted() == ["id", "p:species", "xmlns:p"] })
        #expect(pets.allSatisfy { $0.attributes["xmlns:p"] == "https://example.com/pets" && $0.attributes["p:species"] == "dog" })
        #expect(outline.elements.count { $0.name == "labels" } == pets.count)
        #expect(outline.elements.count { $0.name == "label" && $0.depth == 3 } == 2 * pets.count)
        #expect(outline.elements.count { $0.name == "photo" && $0.depth == 2 } == pets.count)
        #expect(Self.engine.respond(to: HTTPRequest(method: "GET", target: "/pets")).response.body == body)
    }
}

/// Every element of a document, in order, as `XMLParser` reads it (without namespace processing).
private final class XMLOutline: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var depth: Int
        var attributes: [String: String]
    }

    private(set) var elements: [Element] = []
    private var depth = 0

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.append(Element(name: name, depth: depth, attributes: attributes))
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }
}
