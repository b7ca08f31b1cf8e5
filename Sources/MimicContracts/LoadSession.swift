/// The shared state of one load: every document read, every schema referenced, every diagnostic found.
final class LoadSession {
    let store = DocumentStore()
    var schemas = SchemaRegistry()
    var diagnostics: [Diagnostic] = []
}
