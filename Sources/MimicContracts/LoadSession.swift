/// The shared state of one load: every document read, every schema referenced, every diagnostic found.
final class LoadSession {
    let store = DocumentStore()
    var schemas = SchemaRegistry()
    var diagnostics: [Diagnostic] = []
    /// Files reached through a `$ref` from another file: fragments, not contracts of their own.
    var referencedFiles: Set<String> = []
}
