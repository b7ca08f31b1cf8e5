import MimicContracts

/// One request as `mimic serve` logs it: what was asked, what was answered, how long it took, and how many
/// violations of the contract it had.
public struct RequestLogEntry: Sendable {
    public var method: String
    /// The request target as sent (path and query).
    public var target: String
    public var status: Int
    /// The `operationId` (or `METHOD /path`) of the operation that answered; nil for 404, 405 and admin endpoints.
    public var operation: String?
    public var milliseconds: Double
    /// How many ways the request broke its contract; 0 for a valid request.
    public var violations: Int

    public init(method: String, target: String, status: Int, operation: String?, milliseconds: Double, violations: Int = 0) {
        self.method = method
        self.target = target
        self.status = status
        self.operation = operation
        self.milliseconds = milliseconds
        self.violations = violations
    }

    /// `GET /v1/things/42 200 getThing 0.21ms`, with ` (2 violations)` after an invalid request: one log
    /// line, without a newline.
    public var line: String {
        let rounded = (milliseconds * 100).rounded() / 100
        let line = "\(method) \(target) \(status) \(operation ?? "-") \(rounded)ms"
        return violations == 0 ? line : line + " (\(violations) violation\(violations == 1 ? "" : "s"))"
    }
}
