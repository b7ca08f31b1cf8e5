import MimicContracts
import MimicEngine
import MimicSchema

/// One request `mimic verify` sent and what it found of the answer.
public struct VerificationExchange: Sendable {
    /// What the exchange says of the server.
    public enum Outcome: String, Sendable {
        /// The answer is what the contract says (for a negative request: a 4xx).
        case passed = "pass"
        /// The answer breaks the contract, or a negative request was not refused.
        case failed = "fail"
        /// No answer could be read (the server unreachable, too slow, too large, not HTTP).
        case error
    }

    public var operation: APIOperation
    public var method: String
    /// The target sent, credentials in its query redacted.
    public var target: String
    public var expectation: ContractRequest.Expectation
    /// The answer's status; nil when there was none.
    public var status: Int?
    /// What the answer breaks: the response validator's violations (the first
    /// ``ResponseReport/maximumViolations``), or the refusal a negative request did not get.
    public var violations: [Violation]
    /// Violations found beyond ``violations``.
    public var omitted: Int
    /// Why no answer could be read.
    public var error: String?

    public var outcome: Outcome {
        if error != nil { return .error }
        return violations.isEmpty ? .passed : .failed
    }

    /// `PASS GET /pets/1 → 200`, `FAIL GET /pets/1 → 200: response.body /state: "lost" is not one of … [enum]`,
    /// `PASS GET /pets?status=mimic-not-a-member → 422 (negative: query status: a value outside its enum)`,
    /// `ERROR GET /pets: cannot connect …`: one line, without a newline.
    public var line: String {
        var line = "\(outcome.rawValue.uppercased()) \(method) \(target)"
        if let status { line += " → \(status)" }
        if case .refusal(let rule) = expectation { line += " (negative: \(rule))" }
        if let error { return line + ": " + error }
        guard !violations.isEmpty else { return line }
        let more = omitted > 0 ? "; and \(omitted) more" : ""
        return line + ": " + violations.map { "\($0.description) [\($0.code)]" }.joined(separator: "; ") + more
    }
}

extension ViolationCode {
    /// A request breaking a rule of the contract was answered with another status than a 4xx.
    public static let notRefused = ViolationCode(rawValue: "not-refused")
}
