/// A schema's `xml` object (OpenAPI 3 and Swagger 2 alike): how the value it describes is written as XML.
public struct XMLAnnotation: Sendable, Hashable {
    /// The element (or attribute) name, replacing the property's or the schema's own.
    public var name: String?
    /// The namespace URI of the element or attribute.
    public var namespace: String?
    /// The prefix written before the name (`ns:name`), bound to ``namespace``.
    public var prefix: String?
    /// Whether a property is written as an attribute of its object's element rather than as a child element.
    public var attribute: Bool
    /// Whether an array's elements are wrapped in one element named for the array.
    public var wrapped: Bool

    public init(name: String? = nil, namespace: String? = nil, prefix: String? = nil, attribute: Bool = false, wrapped: Bool = false) {
        self.name = name
        self.namespace = namespace
        self.prefix = prefix
        self.attribute = attribute
        self.wrapped = wrapped
    }
}
