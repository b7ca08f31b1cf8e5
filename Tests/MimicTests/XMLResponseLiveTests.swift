import Foundation
import MimicTestSupport
import Testing
@testable import Mimic

/// XML responses through a live `MockServer`, read back by Foundation's `XMLParser`.
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
}
