/// Why bytes are not an XML document ``XMLReader`` reads, and where.
public struct XMLSyntaxError: Error, Sendable, Hashable {
    /// What kind of problem it is.
    public enum Kind: Sendable, Hashable {
        /// Not well-formed XML 1.0 with namespaces, or not UTF-8.
        case malformed
        /// A document type declaration, refused: no DTD is read, so no entity is declared or expanded.
        case doctype
        /// Elements nested deeper than ``XMLReader/maximumDepth``.
        case tooDeep(maximumDepth: Int)
        /// More elements and attributes than ``XMLReader/maximumNodes``.
        case tooLarge(maximumNodes: Int)
    }

    public var kind: Kind
    /// What is wrong, in a phrase that follows "at line L, column C,".
    public var message: String
    /// The byte offset of the problem.
    public var offset: Int
    /// The 1-based line and column (in bytes) of ``offset``.
    public var line: Int
    public var column: Int

    /// The error `message` of `kind` at `offset` in `bytes`.
    init(_ kind: Kind, _ message: String, at offset: Int, in bytes: [UInt8]) {
        self.kind = kind
        self.message = message
        self.offset = offset
        let before = bytes[..<min(offset, bytes.count)]
        line = before.count { $0 == UInt8(ascii: "\n") } + 1
        column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
    }
}
