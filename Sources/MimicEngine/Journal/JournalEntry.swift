import MimicContracts
import MimicSchema

/// One request the mock answered, as the ``RequestJournal`` keeps it.
public struct JournalEntry: Sendable {
    /// The request's place in the journal: 1 for the first request, counting on across ``RequestJournal/clear()``.
    public var sequence: Int
    public var method: String
    /// The request target as sent (path and query).
    public var target: String
    public var status: Int
    /// The operation that answered; nil when none did (404, 405).
    public var operation: APIOperation?
    /// Every way the request broke its operation's contract; empty for a valid request.
    public var violations: [Violation]

    public init(sequence: Int, method: String, target: String, status: Int, operation: APIOperation?, violations: [Violation]) {
        self.sequence = sequence
        self.method = method
        self.target = target
        self.status = status
        self.operation = operation
        self.violations = violations
    }

    /// Whether the request broke its contract.
    public var isInvalid: Bool {
        !violations.isEmpty
    }
}
