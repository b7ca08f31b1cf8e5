import MimicContracts

/// An operation `mimic verify` sends nothing for, because no request can keep its contract (a required query
/// parameter that is an array of objects, which OpenAPI gives no way to write): not a failure of the server.
public struct UntestableOperation: Sendable {
    public var operation: APIOperation
    /// Why, naming the parameter: `query Filter is an array of objects or arrays, which OpenAPI gives no way to
    /// write outside a body`.
    public var reason: String

    public init(operation: APIOperation, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    /// `UNTESTABLE GET /reports: query Filter is an array of objects…`: one line, without a newline.
    public var line: String {
        "UNTESTABLE \(operation.method) \(operation.path): \(reason)"
    }
}
