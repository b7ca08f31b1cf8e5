/// The file formats a ``RunReport`` is written in, chosen by the file's extension.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `.json`: ``RunReport/json``.
    case json
    /// `.xml`: JUnit, ``RunReport/junitXML``.
    case junit = "xml"

    /// The format a file at `path` is written in, by its extension (in any case); nil for any other.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
