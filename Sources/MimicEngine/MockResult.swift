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
    /// Every way the response broke the operation's contract, Mimic's own fault (checked only with
    /// ``MockEngine/validateResponses``; located `response.status`, `response.header`, `response.body`).
    public var responseViolations: [Violation]
    /// What the request used of its operation, for coverage; nil when no operation answered.
    var usage: RequestUsage?
    /// The failure answered instead of the contract's answer (`code=503`, `fault=reset`, prefixed `chaos `
    /// when `--chaos` chose it); nil when the request was answered as the contract says.
    public var forced: String?
    /// Something the journal should say about the answer (a stateful mock dropping a session); nil otherwise.
    public var note: String?

    public init(
        response: HTTPResponse, operation: APIOperation?, violations: [Violation] = [], responseViolations: [Violation] = [],
        forced: String? = nil
    ) {
        self.response = response
        self.operation = operation
        self.violations = violations
        self.responseViolations = responseViolations
        self.forced = forced
    }
}
