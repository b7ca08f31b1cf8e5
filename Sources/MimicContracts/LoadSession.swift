/// The shared state of one load: every document read, every schema referenced, every diagnostic found.
final class LoadSession {
    let store = DocumentStore()
    var schemas = SchemaRegistry()
    var diagnostics: [Diagnostic] = []
    /// Files reached through a `$ref` from another file: fragments, not contracts of their own.
    var referencedFiles: Set<String> = []
    /// Remote `$ref` prefixes (`http://localhost:1234/`) served from local folders, first match wins.
    var remoteFolders: [(prefix: String, folder: String)] = []
    /// The `file media-type` pairs already warned about as served only as plain text (once each, however often
    /// a document repeats them).
    var plainTextWarnings: Set<String> = []
    /// How many first reads of a referenced schema reported something (see ``ImportContext/importOnce(_:kept:_:)``).
    var schemaReadsReported = 0
    /// The OpenAPI 3 parameters imported through a `$ref`, kept to be met again.
    let openAPIParameters = ReusedImports<Parameter?>()
    /// The keywords of a schema that ask for more than the server will do (``ContractLoader/schemaExcesses``).
    var schemaExcesses: @Sendable (Schema) -> [SchemaExcess] = { _ in [] }

    /// Takes in the import of a file made in a session of its own (see ``IsolatedImport``), as if the file had been
    /// imported here now: its diagnostics after those reported so far, its schemas and plain-text warnings. False,
    /// nothing taken, when an import before reached into that file (claimed one of its schemas, or warned about one
    /// of its media types): importing the file here would then not read again what was read, nor warn again, and
    /// the file must be imported here.
    func adopt(_ part: IsolatedImport) -> Bool {
        guard !part.schemas.keys.contains(where: schemas.contains), part.plainTextWarnings.isDisjoint(with: plainTextWarnings) else { return false }
        diagnostics += part.diagnostics
        schemas.merge(part.schemas)
        plainTextWarnings.formUnion(part.plainTextWarnings)
        return true
    }

    /// The local path standing for a remote file, when a folder serves its prefix.
    func localPath(ofRemote file: String) -> String? {
        guard let (prefix, folder) = remoteFolders.first(where: { file.hasPrefix($0.prefix) }) else { return nil }
        return folder + "/" + file.dropFirst(prefix.count)
    }
}
