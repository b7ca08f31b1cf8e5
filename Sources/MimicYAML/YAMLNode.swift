/// One node of a parsed YAML (or JSON) document, with the position where it starts.
///
/// Mappings keep their source order (duplicate keys included, see ``YAMLNode/subscript(_:)``);
/// scalars keep their text and the type the YAML 1.2 core schema resolved for them.
public struct YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }
}

/// A key and its value inside a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar's text (after unquoting and folding) and its resolved type.
public struct YAMLScalar: Sendable, Hashable {
    /// The type a scalar resolves to under the YAML 1.2 core schema (quoted scalars are always strings).
    public enum Kind: Sendable, Hashable {
        case null, bool, integer, float, string
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
