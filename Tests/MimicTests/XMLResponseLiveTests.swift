import Foundation
import MimicTestSupport
import Testing
@testable import Mimic

/// XML responses through a live `MockServer`, read back by Foundation's `XMLParser`, and XML request bodies checked.
@Suite struct XMLResponseLiveTests {
    @Test func anXMLResponseIsXMLByItsAnnotations() async throws {
        let server = try MockServer(contractsAt: [WorkspaceFile.package("Tests/Fixtures/xml-pets.yaml").path])
        try server.start()
        defer { server.stop() }
        let reply = try await LiveClient.send(server.baseURL.appendingPathComponent("pets/1"), headers: ["Accept": "application/xml"])
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "application/xml")
        let pet = try #require(XMLTree.parse(reply.body))
        #expect(pet.name == "p:pet" && pet.attributes == ["xmlns:p": "https://example.com/pets", "id": "7", "p:species": "dog"])
        #expect(pet.children.map(\.name) == ["name", "labels", "photo", "photo", "owner"])
        #expect(pet.children("name").map(\.text) == [#"Rex & "Co" <3>"#])
    }

    @Test func anXMLRequestBodyIsReadAndChecked() async throws {
        let server = try MockServer(contractsAt: [WorkspaceFile.package("Tests/Fixtures/xml-pets.yaml").path])
        try server.start()
        defer { server.stop() }
        let url = server.baseURL.appendingPathComponent("pets")
        let headers = ["Content-Type": "application/xml"]
        let pet = #"<p:pet xmlns:p="https://example.com/pets" id="7" p:species="dog"><name>Rex</name>"#
            + "<labels><label>good</label><label>loud</label></labels><photo>a.png</photo></p:pet>"
        #expect(try await LiveClient.send(url, method: "POST", headers: headers, body: Data(pet.utf8)).status == 201)
        let malformed = try await LiveClient.send(url, method: "POST", headers: headers, body: Data("<p:pet>".utf8))
        #expect(malformed.status == 400)
        #expect(malformed.text.contains(#""type":"urn:mimic:problem:malformed-xml""#))
        #expect(malformed.text.contains(#""code":"xml-syntax","message":"the body is not XML: at byte 1 (line 1, column 2), the prefix 'p' is not declared (xmlns:p=\"…\")""#))
    }
}
