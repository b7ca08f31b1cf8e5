/// An XML document as ``XMLReader`` reads it: its root element, namespaces resolved.
public struct XMLDocumentTree: Sendable, Hashable {
    /// A name with the namespace its prefix (or the default namespace, for an element) is bound to.
    public struct Name: Sendable, Hashable, CustomStringConvertible {
        /// The prefix as written (`p` in `p:pet`), nil for none.
        public var prefix: String?
        public var local: String
        /// The namespace URI, nil for none.
        public var namespace: String?

        public init(prefix: String? = nil, local: String, namespace: String? = nil) {
            self.prefix = prefix
            self.local = local
            self.namespace = namespace
        }

        /// The name as written: `p:pet`, `pet`.
        public var description: String {
            prefix.map { $0 + ":" + local } ?? local
        }
    }

    /// An attribute other than a namespace declaration, its value with references replaced and white space
    /// normalized.
    public struct Attribute: Sendable, Hashable {
        public var name: Name
        public var value: String

        public init(name: Name, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// An element: its attributes, child elements and text (character data and CDATA sections, concatenated).
    public struct Element: Sendable, Hashable {
        public var name: Name
        public var attributes: [Attribute]
        public var children: [Element]
        public var text: String

        public init(name: Name, attributes: [Attribute] = [], children: [Element] = [], text: String = "") {
            self.name = name
            self.attributes = attributes
            self.children = children
            self.text = text
        }
    }

    public var root: Element

    public init(root: Element) {
        self.root = root
    }
}
