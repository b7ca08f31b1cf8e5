import MimicContracts
import MimicEngine

extension VerificationReport {
    /// The report as JUnit XML: one testsuite `verify` with a `<testcase>` per exchange in order (named
    /// `METHOD target`, with ` (negative: rule)` for a negative one; its class `METHOD /path` of the operation), a
    /// `<failure>` listing the violations of a failed one, an `<error>` for one without an answer; then a
    /// `<skipped/>` testcase per operation not sent because it writes, and one per operation no request can test
    /// (its reason the message). Every count attribute counts the elements
    /// under it.
    public var junitXML: String {
        var cases = exchanges.map { exchange in
            var name = "\(exchange.method) \(exchange.target)"
            if case .refusal(let rule) = exchange.expectation { name += " (negative: \(rule))" }
            let opening = "    <testcase name=\"\(XMLText.attribute(name))\" classname=\"\(XMLText.attribute(Self.label(exchange.operation)))\""
            switch exchange.outcome {
            case .passed:
                return opening + "/>"
            case .error:
                return opening + ">\n      <error message=\"\(XMLText.attribute(exchange.error ?? ""))\" type=\"no-answer\"/>\n    </testcase>"
            case .failed:
                let message = "answered \(exchange.status.map(String.init) ?? "-"): \(Self.counted(exchange.violations.count + exchange.omitted, "violation"))"
                let lines = exchange.violations.map { "\($0.description) [\($0.code)]" }
                return opening + ">\n      <failure message=\"\(XMLText.attribute(message))\" type=\"contract-violation\">"
                    + XMLText.content(lines.joined(separator: "\n")) + "</failure>\n    </testcase>"
            }
        }
        cases += skipped.map { operation in
            let label = XMLText.attribute(Self.label(operation))
            return "    <testcase name=\"\(label)\" classname=\"\(label)\">\n      <skipped message=\"it writes; --allow-writes sends it\"/>\n    </testcase>"
        }
        cases += untestable.map { untestable in
            let label = XMLText.attribute(Self.label(untestable.operation))
            return "    <testcase name=\"\(label)\" classname=\"\(label)\">\n      <skipped message=\"\(XMLText.attribute(untestable.reason))\"/>\n    </testcase>"
        }
        let notRun = skipped.count + untestable.count
        let tests = exchanges.count + notRun
        let counts = "tests=\"\(tests)\" failures=\"\(count(.failed))\" skipped=\"\(notRun)\" errors=\"\(count(.error))\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="mimic verify" \(counts)>
              <testsuite name="verify" \(counts)>
                <properties>
                  <property name="baseURL" value="\(XMLText.attribute(baseURL))"/>
                  <property name="seed" value="\(seed)"/>
                  <property name="notSent" value="\(notSent)"/>
                </properties>
            \(cases.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }

    /// `GET /pets/{id}`: an operation as the route table spells it.
    private static func label(_ operation: APIOperation) -> String {
        "\(operation.method) \(operation.path)"
    }
}
