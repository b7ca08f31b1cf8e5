import MimicYAML

/// Why a JSON text (a request body, say) could not be read, and where: what layers above the contracts need to
/// know of a parse failure, without knowing the YAML reader behind it.
public struct JSONTextError: Error, Sendable, Hashable {
    /// What kind of fault it is.
    public enum Kind: Sendable, Hashable {
        /// The text is not JSON.
        case syntax
        /// Arrays and objects nest more than `maximumDepth` levels.
        case tooDeep(maximumDepth: Int)
    }

    public var kind: Kind
    /// What went wrong, in words a person can act on.
    public var message: String
    /// The 0-based UTF-8 byte offset of the fault.
    public var offset: Int
    /// The 1-based line of the fault.
    public var line: Int
    /// The 1-based column of the fault, in Unicode scalars.
    public var column: Int

    public init(kind: Kind, message: String, offset: Int, line: Int, column: Int) {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The error of the reader, `yaml.too-deep` made ``Kind/tooDeep(maximumDepth:)``.
    init(_ error: YAMLError) {
        self.init(
            kind: error.code == "yaml.too-deep" ? .tooDeep(maximumDepth: YAML.maxDepth) : .syntax, message: error.message,
            offset: error.location.offset, line: error.location.line, column: error.location.column)
    }
}
