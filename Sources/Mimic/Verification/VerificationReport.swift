import MimicContracts
import MimicEngine

/// What a `mimic verify` run found: every exchange in order, the operations skipped because they write, those no
/// request can test, and how many requests `--max-requests` left out. Written as JSON or JUnit (``write(to:)``).
public struct VerificationReport: Sendable {
    /// The server verified.
    public var baseURL: String
    public var seed: UInt64
    public var exchanges: [VerificationExchange]
    /// The selected operations not exercised because their method writes and writes were not allowed.
    public var skipped: [APIOperation]
    /// The selected operations no request can test (``UntestableOperation``), nothing sent for them.
    public var untestable: [UntestableOperation]
    /// The requests planned but not sent, beyond `--max-requests`.
    public var notSent: Int

    public init(baseURL: String, seed: UInt64, exchanges: [VerificationExchange], skipped: [APIOperation], untestable: [UntestableOperation] = [], notSent: Int) {
        self.baseURL = baseURL
        self.seed = seed
        self.exchanges = exchanges
        self.skipped = skipped
        self.untestable = untestable
        self.notSent = notSent
    }

    /// How many exchanges had `outcome`.
    public func count(_ outcome: VerificationExchange.Outcome) -> Int {
        exchanges.count { $0.outcome == outcome }
    }

    /// Whether every answer kept the contract (every exchange passed).
    public var keepsContract: Bool {
        exchanges.allSatisfy { $0.outcome == .passed }
    }

    /// `12 exchanges: 10 passed, 1 failed, 1 error; 3 operations skipped (they write; --allow-writes sends them);
    /// 1 operation not testable (a required parameter OpenAPI gives no way to write); 5 requests not sent
    /// (--max-requests)`: the run in one line, without a newline.
    public var summary: String {
        var summary = "\(Self.counted(exchanges.count, "exchange")): \(count(.passed)) passed, \(count(.failed)) failed, \(Self.counted(count(.error), "error"))"
        if !skipped.isEmpty { summary += "; \(Self.counted(skipped.count, "operation")) skipped (they write; --allow-writes sends them)" }
        if !untestable.isEmpty { summary += "; \(Self.counted(untestable.count, "operation")) not testable (a required parameter OpenAPI gives no way to write)" }
        if notSent > 0 { summary += "; \(Self.counted(notSent, "request")) not sent (--max-requests)" }
        return summary
    }

    /// `1 exchange`, `2 exchanges`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

extension VerificationReport: WritableReport {
    /// The report's bytes in `format`.
    public func rendered(as format: ReportFormat) -> [UInt8] {
        switch format {
        case .json: Array((json.serialized() + "\n").utf8)
        case .junit: Array(junitXML.utf8)
        }
    }
}
