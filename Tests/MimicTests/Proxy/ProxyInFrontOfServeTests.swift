import Foundation
import Mimic
import MimicTestSupport
import Testing

/// `mimic proxy` in front of `mimic serve` on the seed contracts: a request gets the same status through the
/// proxy as directly, and `sl-violations` lists what it breaks.
@Suite struct ProxyInFrontOfServeTests {
    static let stack = "5999b763474b0eafa5fafb64bff0ba80"

    @Test func everyRequestGetsTheStatusItGetsDirectlyAndSLViolationsListsItsViolations() throws {
        let served = try MockServer(contractsAt: [ContractFixture.seedFolder])
        let servedPort = try served.start()
        defer { served.stop() }
        let direct = HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(servedPort)"))
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(servedPort)", contracts: ContractFixture.seed)
        defer { proxy.stop() }
        let requests = [
            ("GET", "/api/backups?status=SUCCESS&status=FAILED"),
            ("GET", "/api/backups?status=BOGUS&protected-entity-type=vm"),
            ("GET", "/api/backups?fail-on-non-successful=maybe&from=12x"),
            ("GET", "/api/3/stacks/\(Self.stack)/backups?db_type=oracle"),
            ("GET", "/api/3/stacks/\(Self.stack)/backups/notanumber"),
            ("GET", "/v1/backup_definitions/42"),
            ("DELETE", "/api/backups"),
            ("GET", "/nowhere"),
        ]
        for (method, target) in requests {
            let request = HTTPRequest(method: method, target: target)
            let directly = try direct.send(request)
            let proxied = try proxy.client.send(request)
            #expect(proxied.status == directly.status, "\(method) \(target)")
            let violations = try #require(proxy.server.journal.entries.last).violations
            #expect(violations.allSatisfy { !$0.location.rawValue.hasPrefix("response.") }, "\(method) \(target)")
            #expect(violations == (try #require(served.journal.entries.last)).violations, "\(method) \(target)")
            #expect(proxied.headers["sl-violations"] == (violations.isEmpty ? nil : "[" + violations.map { $0.json.serialized() }.joined(separator: ",") + "]"), "\(method) \(target)")
        }
        #expect(proxy.server.journal.entries.map(\.status) == [200, 422, 422, 422, 422, 200, 405, 404])
    }
}
