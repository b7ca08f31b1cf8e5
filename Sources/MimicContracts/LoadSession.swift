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

    /// The local path standing for a remote file, when a folder serves its prefix.
    func localPath(ofRemote file: String) -> String? {
        guard let (prefix, folder) = remoteFolders.first(where: { file.hasPrefix($0.prefix) }) else { return nil }
        return folder + "/" + file.dropFirst(prefix.count)
    }
}
