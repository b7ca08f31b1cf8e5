import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts

/// How a contract file's bytes are read.
@Suite struct FileBytesTests {
    @Test func aFileIsReadWholeHoweverLarge() throws {
        let text = String(repeating: "0123456789abcdef\n", count: 10_000)
        let fixture = try ContractFixture([("large.yaml", text), ("empty.yaml", "")])
        defer { fixture.remove() }
        #expect(FileBytes.contents(of: fixture.folder + "/large.yaml") == Array(text.utf8))
        #expect(FileBytes.contents(of: fixture.folder + "/empty.yaml") == [])
    }

    @Test func aFolderOrAMissingFileHasNoBytes() throws {
        let fixture = try ContractFixture([])
        defer { fixture.remove() }
        #expect(FileBytes.contents(of: fixture.folder) == nil)
        #expect(FileBytes.contents(of: fixture.folder + "/missing.yaml") == nil)
    }
}
