/// An object a `$ref` names (a parameter), as imported the first time the reference was followed, with the
/// diagnostics that import gave: what importing it again would give (see ``ImportContext/importOnce(_:kept:_:)``).
struct ReusedImport<Value> {
    /// The reference as written, and the file it is written in (which it is relative to).
    struct Key: Hashable {
        let file: String
        let reference: String
    }

    let value: Value
    let diagnostics: [Diagnostic]
}
