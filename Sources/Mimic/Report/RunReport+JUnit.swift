import MimicContracts
import MimicEngine

extension RunReport {
    /// The report as JUnit XML, as CI systems read it: a `<testsuites>` holding a testsuite `operations` with one
    /// `<testcase>` per operation in route-table order (named `METHOD /path` as the route table spells it, its
    /// class the contract file declaring it), a `<failure>` per listed invalid request to it with its violations,
    /// `<skipped/>` when it was never called; then a testsuite `unmatched requests` whose one testcase holds a
    /// failure per listed invalid request no operation answered; and when an answer of Mimic's broke its contract
    /// (`--validate-responses`), a testsuite `mimic responses` whose one testcase holds a failure (type
    /// `invalid-response`) per such answer listed. Every `tests`, `failures`, `skipped` and `errors` attribute counts
    /// the elements under it.
    public var junitXML: String {
        let byOperation = invalidEntriesByOperation
        var cases: [String] = []
        for (index, operation) in coverage.operations.enumerated() {
            let name = XMLText.attribute("\(operation.method) \(operation.path)")
            let opening = "    <testcase name=\"\(name)\" classname=\"\(XMLText.attribute(files[index]))\""
            if operation.requests == 0 {
                cases.append(opening + ">\n      <skipped message=\"never called\"/>\n    </testcase>")
            } else if byOperation[index].isEmpty {
                cases.append(opening + "/>")
            } else {
                cases.append(opening + ">\n" + byOperation[index].map(Self.failure).joined() + "    </testcase>")
            }
        }
        let unmatched = unmatchedInvalidEntries
        let unmatchedCase = "    <testcase name=\"requests no operation answered\" classname=\"mimic\""
            + (unmatched.isEmpty ? "/>" : ">\n" + unmatched.map(Self.failure).joined() + "    </testcase>")
        let routedFailures = byOperation.reduce(0) { $0 + $1.count }
        let faults = responseFaultEntries
        let faultSuite = responseFaults == 0 ? "" : """
              <testsuite name="mimic responses" tests="1" failures="\(faults.count)" skipped="0" errors="0">
                <testcase name="answers that broke the contracts" classname="mimic">
            \(faults.map(Self.responseFailure).joined())    </testcase>
              </testsuite>

            """
        let skipped = coverage.operations.count { $0.requests == 0 }
        let operationCount = coverage.operations.count
        let properties = [
            ("requests", String(requests)), ("invalidRequests", String(invalidRequests)),
            ("invalidRequestsLeftOut", String(invalidRequestsLeftOut)),
            ("operationCoverage", "\(coverage.operationTally.percent)"),
        ].map { "      <property name=\"\($0.0)\" value=\"\($0.1)\"/>\n" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="mimic" tests="\(operationCount + 1 + (faultSuite.isEmpty ? 0 : 1))" failures="\(routedFailures + unmatched.count + faults.count)" skipped="\(skipped)" errors="0">
              <testsuite name="operations" tests="\(operationCount)" failures="\(routedFailures)" skipped="\(skipped)" errors="0">
                <properties>
            \(properties)    </properties>
            \(cases.joined(separator: "\n"))
              </testsuite>
              <testsuite name="unmatched requests" tests="1" failures="\(unmatched.count)" skipped="0" errors="0">
            \(unmatchedCase)
              </testsuite>
            \(faultSuite)</testsuites>

            """
    }

    /// One invalid request as a `<failure>`: the message its request line, status and count of violations, the
    /// text its violations, a line each (or the HTTP layer's refusal).
    private static func failure(_ entry: JournalEntry) -> String {
        let method = entry.method.isEmpty ? "-" : entry.method, target = entry.target.isEmpty ? "-" : entry.target
        let count = entry.violations.count
        let summary = entry.refusal.map { "refused: \($0)" } ?? "\(count) violation\(count == 1 ? "" : "s")"
        let message = "#\(entry.sequence) \(method) \(target) answered \(entry.status): \(summary)"
        let lines = entry.violations.map(Self.line) + (entry.refusal.map { ["refused by the HTTP layer: \($0)"] } ?? [])
        return "      <failure message=\"\(XMLText.attribute(message))\" type=\"invalid-request\">"
            + XMLText.content(lines.joined(separator: "\n")) + "</failure>\n"
    }

    /// One answer of Mimic's that broke its contract as a `<failure>`: the message its request line, status and
    /// count of violations, the text its response violations, a line each.
    private static func responseFailure(_ entry: JournalEntry) -> String {
        let count = entry.responseViolations.count
        let message = "#\(entry.sequence) \(entry.method) \(entry.target) answered \(entry.status): \(count) response violation\(count == 1 ? "" : "s")"
        return "      <failure message=\"\(XMLText.attribute(message))\" type=\"invalid-response\">"
            + XMLText.content(entry.responseViolations.map(Self.line).joined(separator: "\n")) + "</failure>\n"
    }

    /// `query status/0: "BOGUS" is not one of … [enum]`: one violation in a line.
    private static func line(_ violation: Violation) -> String {
        let name = violation.name.isEmpty ? "" : " " + violation.name
        return "\(violation.location.rawValue)\(name)\(violation.pointer): \(violation.message) [\(violation.code)]"
    }
}
