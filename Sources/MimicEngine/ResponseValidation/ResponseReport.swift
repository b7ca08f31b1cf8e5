/// What a response breaks of its operation's contract: every violation found (located `response.status`,
/// `response.header` or `response.body`), at most ``maximumViolations`` of them kept and the rest counted.
public struct ResponseReport: Sendable, Hashable {
    /// The most violations a report keeps, as many as a request's report lists.
    public static let maximumViolations = ValidationReport.maximumViolations

    /// The first ``maximumViolations`` violations, in the order found: status, headers, body.
    public var violations: [Violation]
    /// How many violations were found beyond ``violations``.
    public var omitted: Int

    public init(violations: [Violation] = [], omitted: Int = 0) {
        self.violations = Array(violations.prefix(Self.maximumViolations))
        self.omitted = omitted + violations.count - self.violations.count
    }

    /// Whether the response keeps its contract.
    public var keepsContract: Bool { violations.isEmpty && omitted == 0 }
}
