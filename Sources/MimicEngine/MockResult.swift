import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// What the engine answered, and for which declared operation.
public struct MockResult: Sendable {
    public var response: HTTPResponse
    /// The operation that answered; nil when none did (404, 405).
    public var operation: APIOperation?
    /// Every way the request broke the operation's contract; empty for a valid request.
    public var violations: [Violation]
    /// What the request used of its operation, for coverage; nil when no operation answered.
    var usage: RequestUsage?

    public init(response: HTTPResponse, operation: APIOperation?, violations: [Violation] = []) {
        self.response = response
        self.operation = operation
        self.violations = violations
    }
}
