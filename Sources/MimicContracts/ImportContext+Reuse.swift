import MimicYAML

extension ImportContext {
    /// What `read` makes of the node `entry` resolves to (with the context of the file that holds it); nil, reported,
    /// when `entry` is a `$ref` that leads nowhere.
    ///
    /// A document that names one parameter by `$ref` from many operations (`#/components/parameters/from`) would
    /// have it imported again for each: here the first import of a reference is kept in the session, under the
    /// reference and the file it is written in, with the diagnostics it gave, and the reference met again gets the
    /// same value and the same diagnostics again, which is what importing it again gives. Except when the first
    /// import reported something while reading a referenced schema for the first time: importing again would not
    /// report that again (each schema is read once), and would take that schema as a reference rather than as what
    /// its first read made of it; such an import is not kept, and the reference is imported afresh each time.
    func importOnce<Value>(
        _ entry: YAMLNode, kept imports: ReusedImports<Value>,
        _ read: (YAMLNode, ImportContext) -> Value
    ) -> Value? {
        guard let reference = entry["$ref"]?.string else {
            return resolved(entry).map { read($0.node, $0.context) }
        }
        let key = ReusedImports<Value>.Key(file: file, reference: reference)
        if let kept = imports.kept[key] {
            session.diagnostics += kept.diagnostics
            return kept.value
        }
        let reported = session.diagnostics.count
        let schemaReadsReported = session.schemaReadsReported
        guard let (node, context) = resolved(entry) else { return nil }
        let value = read(node, context)
        if session.schemaReadsReported == schemaReadsReported {
            imports.keep(value, diagnostics: Array(session.diagnostics[reported...]), for: key)
        }
        return value
    }
}
