import Foundation
import MimicTestSupport
import Testing
@testable import MimicCLI

/// `mimic serve` refuses to start, exit status 1, when there is nothing right to serve: a CI job then fails at
/// once, naming the cause, instead of later with 404s.
@Suite struct ServeFailFastTests {
    static let broken = "openapi: 3.0.0\ninfo: {title: x\npaths: {}\n"

    @Test func aMissingPathIsNotServed() {
        let result = runMimic("serve", "--port", "0", "/nonexistent/api.yaml")
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == """
            /nonexistent/api.yaml:1:1: error: no such file or folder [load.not-found]
            mimic: not serving: no operation was loaded from /nonexistent/api.yaml (1 error above)

            """)
    }

    @Test func anEmptyFolderIsNotServed() throws {
        let fixture = try ContractFixture([])
        defer { fixture.remove() }
        let result = runMimic("serve", "--port", "0", fixture.folder)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == "mimic: not serving: no operation was loaded from \(fixture.folder)\n")
    }

    @Test func aBrokenContractBesideAGoodOneIsNotServedWithoutKeepGoing() throws {
        let good = try String(contentsOf: WorkspaceFile.package("Contracts/vprotect/vprotect-backups.openapi.yaml").url, encoding: .utf8)
        let fixture = try ContractFixture([("broken.yaml", Self.broken), ("good.yaml", good)])
        defer { fixture.remove() }
        let result = runMimic("serve", "--port", "0", fixture.folder)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors.hasPrefix("\(fixture.folder)/broken.yaml:2:7: error: flow mapping opened here is not closed"))
        #expect(result.errors.hasSuffix("\nmimic: not serving: the contracts have 1 error above; fix them, or serve the operations that loaded with --keep-going\n"))
    }
}
