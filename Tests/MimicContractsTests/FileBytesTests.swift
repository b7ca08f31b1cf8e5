import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts

/// How a contract file's bytes are read, and why a file gives none.
@Suite struct FileBytesTests {
    @Test func aFileIsReadWholeUpToTheLimit() throws {
        let text = String(repeating: "0123456789abcdef\n", count: 10_000)
        let fixture = try ContractFixture([("large.yaml", text), ("empty.yaml", "")])
        defer { fixture.remove() }
        #expect(try FileBytes.contents(of: fixture.folder + "/large.yaml").get() == Array(text.utf8))
        #expect(try FileBytes.contents(of: fixture.folder + "/large.yaml", limit: text.utf8.count).get() == Array(text.utf8))
        #expect(try FileBytes.contents(of: fixture.folder + "/empty.yaml").get() == [])
    }

    @Test func aFileBeyondTheLimitIsAnErrorNotItsBytes() throws {
        let text = String(repeating: "0123456789abcdef\n", count: 10_000)
        let fixture = try ContractFixture([("large.yaml", text)])
        defer { fixture.remove() }
        let file = fixture.folder + "/large.yaml"
        #expect(problem(FileBytes.contents(of: file, limit: text.utf8.count - 1))
            == "\(file):1:1: error: the file is larger than 169999 bytes, the most Mimic reads of a contract [load.too-large]")
        #expect(problem(FileBytes.contents(of: file, limit: 1 << 20)) == nil)
    }

    @Test func aDeviceThatNeverEndsIsReadOnlyToTheLimit() {
        #expect(problem(FileBytes.contents(of: "/dev/zero", limit: 3 << 20))
            == "/dev/zero:1:1: error: the file is larger than 3 MiB, the most Mimic reads of a contract [load.too-large]")
    }

    @Test(.timeLimit(.minutes(1)))
    func aNamedPipeWithNoWriterReadsAsEmptyInsteadOfWaiting() throws {
        let fixture = try ContractFixture([])
        defer { fixture.remove() }
        let pipe = fixture.folder + "/contract.yaml"
        try #require(mkfifo(pipe, 0o600) == 0)
        #expect(try FileBytes.contents(of: pipe).get() == [])
    }

    @Test func aFolderOrAMissingFileSaysWhyItHasNoBytes() throws {
        let fixture = try ContractFixture([])
        defer { fixture.remove() }
        #expect(problem(FileBytes.contents(of: fixture.folder))
            == "\(fixture.folder):1:1: error: cannot read this file [load.unreadable]")
        #expect(problem(FileBytes.contents(of: fixture.folder + "/missing.yaml"))
            == "\(fixture.folder)/missing.yaml:1:1: error: no such file [load.not-found]")
    }

    private func problem(_ reading: Result<[UInt8], Diagnostic>) -> String? {
        if case .failure(let diagnostic) = reading { diagnostic.summary } else { nil }
    }
}
