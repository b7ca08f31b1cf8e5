/// The objects a load imported through a `$ref` (parameters), each as its first import made it, with the diagnostics
/// that import gave: what importing it again would give (see ``ImportContext/importOnce(_:kept:_:)``).
final class ReusedImports<Value> {
    /// A reference as written, and the file it is written in (which it is relative to).
    struct Key: Hashable {
        let file: String
        let reference: String
    }

    private(set) var kept: [Key: (value: Value, diagnostics: [Diagnostic])] = [:]

    /// Keeps `value`, which an import of `key` made while reporting `diagnostics`.
    func keep(_ value: Value, diagnostics: [Diagnostic], for key: Key) {
        kept[key] = (value, diagnostics)
    }
}
