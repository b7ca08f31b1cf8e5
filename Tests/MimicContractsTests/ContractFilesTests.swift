import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts

/// How the files of a load are found and named.
@Suite struct ContractFilesTests {
    private static let contract = """
        openapi: 3.0.0
        info: {title: Pets, version: "1"}
        paths:
          /pets:
            get:
              responses:
                "200": {description: OK, content: {application/json: {schema: {$ref: "schemas.yaml#/Pet"}}}}
        """

    @Test func aFolderNamedWithDotSlashStillKnowsItsFragments() throws {
        let fixture = try ContractFixture([("api/main.yaml", Self.contract), ("api/schemas.yaml", "Pet: {type: object}\n")])
        defer { fixture.remove() }
        let relative = fixture.folder.split(separator: "/").joined(separator: "/")
        let contracts = ContractLoader().load(["/./" + relative + "/./api/"])
        #expect(contracts.diagnostics.map(\.summary) == [])
        #expect(contracts.files == ["/" + relative + "/api/main.yaml", "/" + relative + "/api/schemas.yaml"])
        #expect(contracts.operations.count == 1)
    }

    @Test func aLinkToAFolderIsFollowed() throws {
        let fixture = try ContractFixture([("api/main.yaml", Self.contract), ("api/schemas.yaml", "Pet: {type: object}\n")])
        defer { fixture.remove() }
        let link = fixture.folder + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fixture.folder + "/api")
        let contracts = ContractLoader().load([link])
        #expect(contracts.diagnostics.map(\.summary) == [])
        #expect(contracts.files == [link + "/main.yaml", link + "/schemas.yaml"])
        #expect(contracts.operations.map(\.key) == ["GET /pets"])
    }

    @Test func aFolderListsItsContractFilesInNameOrderSkippingHiddenOnesAndLinkedFolders() throws {
        let fixture = try ContractFixture([
            ("b.YAML", ""), ("a/c.yml", ""), ("a/.hidden/d.yaml", ""), (".e.json", ""), ("f.txt", ""), ("g", ""),
            ("outside/h.yaml", ""),
        ])
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(atPath: fixture.folder + "/a/linked", withDestinationPath: fixture.folder + "/outside")
        try FileManager.default.createSymbolicLink(atPath: fixture.folder + "/a/i.json", withDestinationPath: fixture.folder + "/f.txt")
        #expect(FolderListing.files(below: fixture.folder, endingIn: ContractLoader.contractExtensions)
            == ["a/c.yml", "a/i.json", "b.YAML", "outside/h.yaml"])
    }

    @Test func pathsLoseDotsAndRepeatedSlashes() {
        #expect(DocumentStore.normalized("./a//b/../c.yaml") == "a/c.yaml")
        #expect(DocumentStore.normalized("./") == ".")
        #expect(DocumentStore.normalized("../x/./y") == "../x/y")
        #expect(DocumentStore.normalized("/a/./b/") == "/a/b")
    }
}
