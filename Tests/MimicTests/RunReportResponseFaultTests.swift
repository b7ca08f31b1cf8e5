import Foundation
import MimicContracts
import MimicTestSupport
import Testing
@testable import Mimic

/// The report of a run with `--validate-responses`: Mimic's own faulty answers counted and listed apart from the
/// invalid requests, in JSON and JUnit alike; a run without any has neither.
@Suite struct RunReportResponseFaultTests {
    static func report(requests: Int) throws -> RunReport {
        let contracts = try ContractFixture.load(ContractFixture.serverModes).contracts
        let service = MockService(contracts: contracts, seed: 1, validateResponses: true)
        for _ in 0..<requests { _ = service.respond(to: HTTPRequest(method: "GET", target: "/broken", headers: ["Prefer": "example=gone"])) }
        return RunReport(service)
    }

    @Test func faultyAnswersAreCountedAndListedApartFromInvalidRequests() throws {
        let report = try Self.report(requests: 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json))) as? [String: Any])
        #expect(json["totals"] as? [String: Int] == ["requests": 2, "invalid": 0, "invalidListed": 0, "invalidLeftOut": 0, "responseFaults": 2])
        let faults = try #require(json["responseFaults"] as? [[String: Any]])
        #expect(faults.map { $0["sequence"] as? Int } == [1, 2])
        #expect((faults.first?["responseViolations"] as? [[String: Any]])?.map { $0["location"] as? String } == ["response.body"])
        let junit = report.junitXML
        #expect(junit.contains(#"<testsuites name="mimic" tests="5" failures="2" skipped="2" errors="0">"#))
        #expect(junit.hasSuffix("""
                  <testsuite name="mimic responses" tests="1" failures="2" skipped="0" errors="0">
                    <testcase name="answers that broke the contracts" classname="mimic">
                      <failure message="#1 GET /broken answered 200: 1 response violation" type="invalid-response">response.body/state: "gone" is not one of placed, delivered [enum]</failure>
                      <failure message="#2 GET /broken answered 200: 1 response violation" type="invalid-response">response.body/state: "gone" is not one of placed, delivered [enum]</failure>
                    </testcase>
                  </testsuite>
                </testsuites>

                """))
    }

    @Test func aRunWithoutFaultyAnswersReportsNoneOfIt() throws {
        let report = try Self.report(requests: 0)
        #expect(!report.json.serialized().contains("responseFaults"))
        #expect(!report.junitXML.contains("mimic responses"))
    }
}
