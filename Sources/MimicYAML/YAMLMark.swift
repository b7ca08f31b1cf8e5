/// A cheap position inside the input: the byte offset plus the line it is on and where that line starts.
///
/// Turned into a ``SourceLocation`` (which counts columns in Unicode scalars) only when a node or an
/// error needs one.
struct YAMLMark: Sendable {
    /// 0-based UTF-8 byte offset.
    var offset: Int
    /// 1-based line number.
    var line: Int
    /// Byte offset of the first byte of the line.
    var lineStart: Int
}
