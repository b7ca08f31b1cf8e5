import Foundation
import MimicContracts
import MimicEngine
import MimicTestSupport
import Synchronization
import Testing
@testable import Mimic

/// Requests the HTTP layer refuses are journaled and logged like those the contracts answer.
@Suite struct RefusedRequestsTests {
    @Test func aRequestWithAnUnknownMethodIsJournaledAndLoggedAsRefused() async throws {
        let lines = Mutex<[String]>([])
        let server = try MockServer(contractsAt: [ContractFixture.seedFolder], configuration: .init { entry in
            lines.withLock { $0.append(entry.line) }
        })
        try server.start()
        defer { server.stop() }
        let reply = try await LiveClient.send(server.baseURL.appendingPathComponent("api/backups"), method: "BREW")
        #expect(reply.status == 501)
        for _ in 0..<1000 where server.journal.recordedCount == 0 {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(server.journal.recordedCount == 1)
        #expect(server.journal.invalidCount == 1)
        let entry = try #require(server.journal.entries.first)
        #expect(entry.json.serialized() == #"{"sequence":1,"method":"BREW","target":"/api/backups","status":501,"operation":null,"violations":[],"headers":[],"refusal":"The request method is not implemented."}"#)
        #expect(lines.withLock { $0 } == ["BREW /api/backups 501 - (refused: The request method is not implemented.)"])
    }

    @Test func theLogLineOfARefusalShowsWhatCouldNotBeReadAsADash() {
        let entry = JournalEntry(sequence: 3, method: "", target: "", status: 400, operation: nil, violations: [],
                                 refusal: "A line does not end with CRLF.")
        #expect(entry.line == "- - 400 - (refused: A line does not end with CRLF.)")
        #expect(entry.isInvalid)
    }
}
