/// Something a person should know about a contract: an error that stops it from being served,
/// or a warning about sloppiness Mimic worked around.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var severity: Severity
    /// A stable, dotted identifier such as `import.missing-type`, for filtering and documentation.
    public var code: String
    /// What is wrong and, where it helps, what to do about it.
    public var message: String
    /// Where it was found.
    public var source: SourceReference
    /// Further places that explain this one (for a conflict, the other declaration).
    public var notes: [Diagnostic]

    public init(_ severity: Severity, code: String, message: String, at source: SourceReference, notes: [Diagnostic] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.source = source
        self.notes = notes
    }

    public static func error(_ code: String, _ message: String, at source: SourceReference) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: source)
    }

    public static func warning(_ code: String, _ message: String, at source: SourceReference, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: source, notes: notes)
    }

    public static func note(_ message: String, at source: SourceReference) -> Diagnostic {
        Diagnostic(.note, code: "note", message: message, at: source)
    }

    /// The one-line form: `file:line:col: warning: message [code]`.
    public var summary: String {
        severity == .note
            ? "\(source): note: \(message)"
            : "\(source): \(severity.rawValue): \(message) [\(code)]"
    }
}
