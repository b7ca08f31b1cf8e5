import Mimic
import Testing
@testable import MimicCLI

/// `mimic serve`'s report and coverage options, without starting a server.
@Suite struct ServeReportOptionsTests {
    static let usage = "Usage: \(ServeCommand.specification.usage)\n  See 'mimic serve --help' for more information.\n"

    @Test func aReportIsJSONOrXML() {
        let result = runMimic("serve", "--report", "out.json", "--report", "results.txt", "/nonexistent")
        #expect(result.status == 64)
        #expect(result.errors == "Error: The value 'results.txt' is invalid for '--report <path>': expected a file name ending in .json or .xml.\n" + Self.usage)
    }

    @Test func theMinimumCoverageIsAPercentage() {
        for value in ["101", "-1", "half", "nan"] {
            let result = runMimic("serve", "--min-coverage", value)
            #expect(result.status == 64)
            #expect(result.errors == "Error: The value '\(value)' is invalid for '--min-coverage <percent>': expected a number from 0 to 100.\n" + Self.usage)
        }
    }

    @Test func theReportsAndTheMinimumAreParsed() throws {
        let arguments = try ParsedArguments(["--report", "a.json", "--report=b.XML", "--min-coverage", "12.5"], for: ServeCommand.specification)
        #expect(arguments.values("--report") == ["a.json", "b.XML"])
        #expect(try arguments.percent("--min-coverage", of: ServeCommand.specification) == 12.5)
        #expect(try ParsedArguments([], for: ServeCommand.specification).percent("--min-coverage", of: ServeCommand.specification) == nil)
    }

    @Test func coverageBelowTheMinimumExitsOneSayingTheFigure() {
        let coverage = Coverage(operations: [Self.operation(requests: 1), Self.operation(requests: 0), Self.operation(requests: 0)], unmatchedRequests: 0)
        let console = RecordingConsole()
        #expect(ServeCommand.exitStatus(coverage: coverage, minimum: 50, console: console) == 1)
        #expect(console.errors == "mimic: operation coverage 33.3% (1 of 3 operations called) is below --min-coverage 50\n")
        let met = RecordingConsole()
        #expect(ServeCommand.exitStatus(coverage: coverage, minimum: 33.3, console: met) == 0)
        #expect(ServeCommand.exitStatus(coverage: coverage, minimum: nil, console: met) == 0)
        #expect(met.errors == "")
    }

    @Test func aReportThatCannotBeWrittenExitsOne() {
        let console = RecordingConsole()
        let report = RunReport(requests: 0, invalidRequests: 0, invalidEntries: [], coverage: Coverage(operations: [], unmatchedRequests: 0), files: [])
        #expect(ServeCommand.writeReports(report, to: ["/nonexistent/folder/r.json"], console: console) == 1)
        #expect(console.errors.hasPrefix("mimic: the report was not written: /nonexistent/folder/r.json: cannot write /nonexistent/folder/.r.json."))
    }

    private static func operation(requests: Int) -> OperationCoverage {
        OperationCoverage(
            method: "GET", path: "/items", operationId: nil, requests: requests, validRequests: requests, statuses: [],
            undeclaredStatuses: [], parameters: [], enums: [])
    }
}
