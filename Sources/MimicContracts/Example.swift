import MimicHTTPTypes

/// A sample value from a contract: an OpenAPI `example`/`examples` entry or a saved Postman response body.
public struct Example: Sendable {
    /// The example's name (OpenAPI `examples` key, Postman response name); nil for a lone `example`.
    public var name: String?
    public var summary: String?
    public var value: ExampleValue
    public var source: SourceReference
    /// The header fields saved with the example (a Postman saved response's), served with it: its
    /// `Content-Type` verbatim, the others as they are, except those the server writes or that describe
    /// bytes it does not send (see ``PostmanImporter``). Empty for an OpenAPI example.
    public var headers: HTTPHeaders

    public init(name: String? = nil, summary: String? = nil, value: ExampleValue, source: SourceReference, headers: HTTPHeaders = HTTPHeaders()) {
        self.name = name
        self.summary = summary
        self.value = value
        self.source = source
        self.headers = headers
    }
}

/// An example's content: JSON, or text that is not JSON (a Postman body of another type).
public enum ExampleValue: Sendable, Hashable {
    case json(JSONValue)
    case text(String)
}
