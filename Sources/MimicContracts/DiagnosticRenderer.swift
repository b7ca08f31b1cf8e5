/// Renders diagnostics compiler-style: the `file:line:col: severity: message [code]` line, then the
/// source line with a caret under the column, then any notes the same way.
public struct DiagnosticRenderer {
    private var lines: [String: [Substring]] = [:]

    public init() {}

    /// The rendered text of `diagnostic`, ending with a newline.
    public mutating func render(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.summary + "\n" + excerpt(at: diagnostic.source)
        for note in diagnostic.notes {
            text += render(note)
        }
        return text
    }

    /// The source line of `source` and a caret under its column; empty when the line is unavailable.
    private mutating func excerpt(at source: SourceReference) -> String {
        let number = source.location.line
        guard let fileLines = sourceLines(of: source.file), number >= 1, number <= fileLines.count else { return "" }
        let (line, caretColumn) = Self.window(of: fileLines[number - 1], around: source.location.column)
        let gutter = String(number)
        let blank = String(repeating: " ", count: gutter.count)
        let padding = line.unicodeScalars.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        return " \(gutter) | \(line)\n \(blank) | \(padding)^\n"
    }

    /// At most ``windowWidth`` scalars of `line` around `column` (minified JSON has megabyte lines),
    /// and the caret's column within them.
    private static func window(of line: Substring, around column: Int) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        let column = min(max(column, 1), scalars.count + 1)
        guard scalars.count > windowWidth else { return (String(line), column) }
        let start = max(0, min(column - 1 - windowWidth / 2, scalars.count - windowWidth))
        let end = min(scalars.count, start + windowWidth)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var caret = column - start
        if start > 0 { text = "…" + text; caret += 1 }
        if end < scalars.count { text += "…" }
        return (text, caret)
    }

    private static let windowWidth = 120

    private mutating func sourceLines(of file: String) -> [Substring]? {
        if let known = lines[file] { return known }
        guard let bytes = try? FileBytes.contents(of: file).get(), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let split = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        lines[file] = split
        return split
    }
}
