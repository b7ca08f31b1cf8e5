import MimicYAML

/// A place in a contract file: the file's path as the user gave it, and a line and column in it.
public struct SourceReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var location: SourceLocation

    public init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }

    /// The start of a file, for diagnostics about the file as a whole.
    public static func start(of file: String) -> SourceReference {
        SourceReference(file: file, location: SourceLocation(line: 1, column: 1, offset: 0))
    }

    /// `file:line:col`, the form editors and terminals turn into links.
    public var description: String {
        "\(file):\(location.line):\(location.column)"
    }

    public static func < (lhs: SourceReference, rhs: SourceReference) -> Bool {
        (lhs.file, lhs.location.offset) < (rhs.file, rhs.location.offset)
    }
}
