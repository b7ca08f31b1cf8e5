import Foundation
import MimicTestSupport
import MimicContracts
import Testing
@testable import Mimic

/// The report written when a run stops, built and written without sockets.
@Suite struct RunReportTests {
    /// A service over the seed contracts after a scripted session: four valid requests over two operations, two
    /// invalid listings (one whose target needs escaping in XML), an unknown route, an undeclared method, and a
    /// request the HTTP layer refused.
    static func report() -> RunReport {
        let service = MockService(contracts: RequestsEndpointTests.contracts, seed: 1)
        for target in ["/api/backups?status=FAILED", "/api/backups?status=SUCCESS", "/api/backups?status=BOGUS", "/api/backups?status=%3C%26%01%22%3E"] {
            _ = service.respond(to: HTTPRequest(method: "GET", target: target))
        }
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/v1/backup_definitions/42", headers: ["Authorization": "Bearer t"]))
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/v1/backup_definitions/7", headers: ["Authorization": "Bearer t"]))
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/no/such/route"))
        _ = service.respond(to: HTTPRequest(method: "DELETE", target: "/v1/backup_definitions/42"))
        service.journal.recordRefusal(method: "BREW", target: "/", status: 501, reason: "The request method is not implemented.")
        service.coverage.recordUnmatched()
        return RunReport(service)
    }

    @Test func theJSONReportHasTheTotalsTheInvalidRequestsByHeadingAndTheCoverage() throws {
        let report = Self.report()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json))) as? [String: Any])
        #expect(json["totals"] as? [String: Int] == ["requests": 9, "invalid": 5, "invalidListed": 5, "invalidLeftOut": 0])
        let invalid = try #require(json["invalidRequests"] as? [String: [[String: Any]]])
        #expect(invalid["routed"]?.map { $0["target"] as? String } == ["/api/backups?status=BOGUS", "/api/backups?status=%3C%26%01%22%3E"])
        #expect(invalid["unmatched"]?.map { $0["target"] as? String } == ["/no/such/route", "/v1/backup_definitions/42", "/"])
        #expect(invalid["routed"]?.allSatisfy { ($0["violations"] as? [Any])?.isEmpty == false } == true)
        #expect(invalid["unmatched"]?.last?["refusal"] as? String == "The request method is not implemented.")
        #expect(report.json["coverage"] == report.coverage.json)
        #expect(report.coverage.requests == 9)
    }

    @Test func theJUnitReportHasATestCasePerOperationAndAFailurePerInvalidRequest() throws {
        let report = Self.report()
        let root = try #require(XMLTree.parse(Data(report.rendered(as: .junit))))
        #expect(root.name == "testsuites")
        let suites = root.children("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["operations", "unmatched requests"])
        #expect(([root] + suites).flatMap(\.countProblems) == [])
        #expect(root.attributes["tests"] == "50")
        #expect(root.attributes["failures"] == "5")
        #expect(root.attributes["skipped"] == "47")
        let cases = suites[0].children("testcase")
        #expect(cases.map { $0.attributes["name"] } == RequestsEndpointTests.contracts.operations.map { "\($0.method) \($0.path)" })
        let list = try #require(cases.first { $0.attributes["name"] == "GET /api/backups" })
        #expect(list.attributes["classname"]?.hasSuffix("Contracts/vprotect/vprotect-backups.openapi.yaml") == true)
        #expect(list.children("failure").map { $0.attributes["message"] } == [
            "#3 GET /api/backups?status=BOGUS answered 422: 1 violation",
            "#4 GET /api/backups?status=%3C%26%01%22%3E answered 422: 1 violation",
        ])
        #expect(list.children("failure")[1].text == #"query status/0: "<&\u0001\">" is not one of FAILED, INPROGRESS, PARTIAL_SUCCESS, QUEUED, SUCCESS, SUCCESS_REMOVED [enum]"#)
        let definition = try #require(cases.first { $0.attributes["name"] == "GET /v1/backup_definitions/{backup_definition_id}" })
        #expect(definition.children.isEmpty)
        #expect(cases.filter { !$0.children("skipped").isEmpty }.count == 47)
        let unmatched = try #require(suites[1].children("testcase").first)
        #expect(unmatched.attributes["name"] == "requests no operation answered")
        #expect(unmatched.children("failure").map { $0.attributes["message"] } == [
            "#7 GET /no/such/route answered 404: 1 violation",
            "#8 DELETE /v1/backup_definitions/42 answered 405: 1 violation",
            "#9 BREW / answered 501: refused: The request method is not implemented.",
        ])
    }

    @Test func xmlTextEscapesMarkupAndReplacesWhatXMLCannotHold() {
        #expect(XMLText.content("a<b & \"c\">\u{1}\u{FFFE}\td\ne\r") == "a&lt;b &amp; \"c\"&gt;\u{FFFD}\u{FFFD}\td\ne&#13;")
        #expect(XMLText.attribute("a<b & \"c\">\u{1f}\td\ne") == "a&lt;b &amp; &quot;c&quot;&gt;\u{FFFD}&#9;d&#10;e")
    }

    @Test func invalidRequestsBeyondTheListAreCounted() {
        let journal = RequestJournal(invalidCapacity: 1)
        let service = MockService(contracts: RequestsEndpointTests.contracts, seed: 1, journal: journal)
        for _ in 0..<3 { _ = service.respond(to: HTTPRequest(method: "GET", target: "/nowhere")) }
        let report = RunReport(service)
        #expect(report.invalidEntries.count == 1)
        #expect(report.invalidRequestsLeftOut == 2)
        #expect(report.junitXML.contains(#"<property name="invalidRequestsLeftOut" value="2"/>"#))
        #expect(report.json["totals"]?["invalidLeftOut"] == .integer(2))
    }

    @Test func theFormatIsTheExtension() {
        #expect(ReportFormat(path: "out/report.json") == .json)
        #expect(ReportFormat(path: "TEST-mimic.XML") == .junit)
        #expect(ReportFormat(path: "report.txt") == nil)
        #expect(ReportFormat(path: "folder.json/report") == nil)
        #expect(ReportFormat(path: "report") == nil)
    }

    @Test func writingReplacesTheFileAtomicallyAndLeavesNothingElse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xml").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let report = Self.report()
        try report.write(to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(report.rendered(as: .junit)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xml"])
    }

    @Test func anotherExtensionOrAMissingFolderIsAnError() {
        #expect(throws: RunReport.WriteError.self) { try Self.report().write(to: "/tmp/report.txt") }
        do {
            try Self.report().write(to: "/tmp/report.txt")
        } catch {
            #expect(error.description == "/tmp/report.txt: a report's name ends in .json or .xml")
        }
    }
}
