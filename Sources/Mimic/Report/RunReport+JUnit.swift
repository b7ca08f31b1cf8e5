import MimicContracts
import MimicEngine

extension RunReport {
    /// The report as JUnit XML, as CI systems read it: a `<testsuites>` holding a testsuite `operations` with one
    /// `<testcase>` per operation in route-table order (named `METHOD /path` as the route table spells it, its
    /// class the contract file declaring it), a `<failure>` per listed invalid request to it with its violations,
    /// `<skipped/>` when it was never called; then a testsuite `unmatched requests` whose one testcase holds a
    /// failure per listed invalid request no operation answered. Every `tests`, `failures`, `skipped` and `errors`
    /// attribute counts the elements under it.
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
        let skipped = coverage.operations.count { $0.requests == 0 }
        let operationCount = coverage.operations.count
        let properties = [
            ("requests", String(requests)), ("invalidRequests", String(invalidRequests)),
            ("invalidRequestsLeftOut", String(invalidRequestsLeftOut)),
            ("operationCoverage", "\(coverage.operationTally.percent)"),
        ].map { "      <property name=\"\($0.0)\" value=\"\($0.1)\"/>\n" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="mimic" tests="\(operationCount + 1)" failures="\(routedFailures + unmatched.count)" skipped="\(skipped)" errors="0">
              <testsuite name="operations" tests="\(operationCount)" failures="\(routedFailures)" skipped="\(skipped)" errors="0">
                <properties>
            \(properties)    </properties>
            \(cases.joined(separator: "\n"))
              </testsuite>
              <testsuite name="unmatched requests" tests="1" failures="\(unmatched.count)" skipped="0" errors="0">
            \(unmatchedCase)
              </testsuite>
            </testsuites>

            """
    }

    /// One invalid request as a `<failure>`: the message its request line, status and count of violations, the
    /// text its violations, a line each (or the HTTP layer's refusal).
    private static func failure(_ entry: JournalEntry) -> String {
        let method = entry.method.isEmpty ? "-" : entry.method, target = entry.target.isEmpty ? "-" : entry.target
        let count = entry.violations.count
        let summary = entry.refusal.map { "refused: \($0)" } ?? "\(count) violation\(count == 1 ? "" : "s")"
        let message = "#\(entry.sequence) \(method) \(target) answered \(entry.status): \(summary)"
        let lines = entry.violations.map { violation in
            let name = violation.name.isEmpty ? "" : " " + violation.name
            return "\(violation.location.rawValue)\(name)\(violation.pointer): \(violation.message) [\(violation.code)]"
        } + (entry.refusal.map { ["refused by the HTTP layer: \($0)"] } ?? [])
        return "      <failure message=\"\(XMLText.attribute(message))\" type=\"invalid-request\">"
            + XMLText.content(lines.joined(separator: "\n")) + "</failure>\n"
    }
}
