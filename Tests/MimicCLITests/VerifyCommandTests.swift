import Foundation
import Mimic
import MimicTestSupport
import Testing
@testable import MimicCLI

/// `mimic verify` as a user runs it: against Mimic serving the seed contracts (exit 0, a line per exchange, the
/// summary, the report), against a server that breaks them (exit 1), and with a wrong command line (exit 64).
@Suite struct VerifyCommandTests {
    static let contracts = ContractFixture.seedFolder + "/vprotect"

    @Test func verifyingMimicPrintsALinePerExchangeThenTheSummaryAndExitsZero() throws {
        var configuration = MockServer.Configuration()
        configuration.validateResponses = true
        let server = try MockServer(contractsAt: [Self.contracts], configuration: configuration)
        _ = try server.start()
        defer { server.stop() }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("verify-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let result = runMimic("verify", server.baseURL.absoluteString, Self.contracts, "--negative", "--operation", "listBackups", "--report", report)
        #expect(result.errors == "")
        #expect(result.output == """
            PASS GET /api/backups → 200
            PASS GET /api/backups?protected-entity-type=mimic-not-a-member → 422 (negative: query protected-entity-type: a value outside its enum)
            PASS GET /api/backups?fail-on-non-successful=not-a-boolean → 422 (negative: query fail-on-non-successful: "not-a-boolean" where a boolean is declared)
            3 exchanges: 3 passed, 0 failed, 0 errors

            """)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(json["totals"] as? [String: Int] == ["exchanges": 3, "passed": 3, "failed": 0, "errors": 0, "skipped": 0, "untestable": 0, "notSent": 0])
        #expect(server.journal.responseFaultCount == 0)
    }

    @Test func writesAreSkippedUnlessAllowedAndSaidSo() throws {
        let server = try MockServer(contractsAt: [Self.contracts])
        _ = try server.start()
        defer { server.stop() }
        let result = runMimic("verify", server.baseURL.absoluteString, Self.contracts, "--tag", "Backups Controller", "--max-requests", "2")
        #expect(result.output.hasSuffix("\n2 exchanges: 2 passed, 0 failed, 0 errors; 5 operations skipped (they write; --allow-writes sends them); 9 requests not sent (--max-requests)\n"))
        #expect(result.status == 0)
    }

    @Test func aServerBreakingTheContractsExitsOneWithTheViolations() throws {
        let provider = try ScriptedUpstream(responding: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nhi")
        defer { provider.stop() }
        let result = runMimic("verify", "http://127.0.0.1:\(provider.port)", Self.contracts, "--operation", "getBackupAggregatedStatistics")
        #expect(result.output == """
            FAIL GET /api/backups/aggregated-statistics → 200: response.header Content-Type: the 200 response of GET /api/backups/aggregated-statistics declares no text/html body; it declares application/json [media-type]
            1 exchange: 0 passed, 1 failed, 0 errors

            """)
        #expect(result.status == 1)
    }

    @Test func anUnreachableServerIsAnErrorLineAndExitsOne() {
        let result = runMimic("verify", "http://127.0.0.1:1", Self.contracts, "--operation", "listBackups")
        #expect(result.output == """
            ERROR GET /api/backups: cannot connect to 127.0.0.1:1: Connection refused (errno 111)
            1 exchange: 0 passed, 0 failed, 1 error

            """)
        #expect(result.status == 1)
    }

    @Test func aWrongCommandLineIsAUsageError() {
        let https = runMimic("verify", "https://example.com", Self.contracts)
        #expect(https.status == 64)
        #expect(https.errors.hasPrefix("Error: The value 'https://example.com' is invalid for '<base-url>': 'https://example.com': https is not supported"))
        let unknown = runMimic("verify", "http://127.0.0.1:1", Self.contracts, "--operation", "noSuchOperation")
        #expect(unknown.status == 64)
        #expect(unknown.errors.hasPrefix("Error: No operation has the operationId 'noSuchOperation'.\n"))
    }
}
