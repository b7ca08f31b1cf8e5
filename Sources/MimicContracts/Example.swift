/// A sample value from a contract: an OpenAPI `example`/`examples` entry or a saved Postman response body.
public struct Example: Sendable {
    /// The example's name (OpenAPI `examples` key, Postman response name); nil for a lone `example`.
    public var name: String?
    public var summary: String?
    public var value: ExampleValue
    public var source: SourceReference

    public init(name: String? = nil, summary: String? = nil, value: ExampleValue, source: SourceReference) {
        self.name = name
        self.summary = summary
        self.value = value
        self.source = source
    }
}

/// An example's content: JSON, or text that is not JSON (a Postman body of another type).
public enum ExampleValue: Sendable, Hashable {
    case json(JSONValue)
    case text(String)
}
