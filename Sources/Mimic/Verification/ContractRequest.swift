import MimicContracts
import MimicHTTPTypes

/// A request `mimic verify` sends for one operation, and what its answer must be.
public struct ContractRequest: Sendable {
    /// What the answer to a request must be.
    public enum Expectation: Sendable, Hashable {
        /// The request keeps the contract: its answer must keep the contract too.
        case conforming
        /// The request breaks one rule (`rule` says which, `query status: a value outside its enum`): it must be
        /// refused with a 4xx, and a refusal whose status the operation declares must keep that declaration.
        case refusal(rule: String)
    }

    public var operation: APIOperation
    public var request: HTTPRequest
    public var expectation: Expectation

    public init(operation: APIOperation, request: HTTPRequest, expectation: Expectation) {
        self.operation = operation
        self.request = request
        self.expectation = expectation
    }
}
