import MimicContracts
import MimicSchema

/// What the router found for a request's method and path.
public enum RouteMatch: Sendable, Equatable {
    /// The operation declared for the method and path, with its path parameters in template order.
    case matched(CompiledOperation, pathParameters: [PathParameterValue])
    /// The path is declared, but not for this method: `allowed` lists the methods that are, and
    /// `closest` is the operation of the first of them.
    case methodNotAllowed(allowed: [String], closest: CompiledOperation)
    /// No declared path matches; `closest` is the most similar declared operation, if any.
    case notFound(closest: CompiledOperation?)
}

/// The value a request gives a path parameter.
public struct PathParameterValue: Sendable, Hashable {
    public var name: String
    /// The value, percent-decoded; as sent when it cannot be (see ``fault``).
    public var value: String
    /// Why the value could not be percent-decoded (an escape cut short or not hexadecimal, bytes that are not
    /// UTF-8), or nil.
    public var fault: String?

    public init(name: String, value: String, fault: String? = nil) {
        self.name = name
        self.value = value
        self.fault = fault
    }
}
