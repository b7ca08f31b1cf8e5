import MimicContracts
import MimicHTTP

/// What the engine answered, and for which declared operation.
public struct MockResult: Sendable {
    public var response: HTTPResponse
    /// The operation that answered; nil when none did (404, 405).
    public var operation: APIOperation?

    public init(response: HTTPResponse, operation: APIOperation?) {
        self.response = response
        self.operation = operation
    }
}
