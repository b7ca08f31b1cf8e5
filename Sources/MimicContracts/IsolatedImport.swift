import MimicYAML

/// A contract file imported ahead of its turn, on another thread, in a session of its own: the contract, the
/// diagnostics in the order its import reported them, the schemas its `$ref`s reached and the media types it warned
/// about as served only as plain text. Only a file whose import reads no other file is imported so: its import then
/// depends on nothing the other files' imports do, unless one of them reached into this file, which
/// ``LoadSession/adopt(_:)`` checks before taking it in.
struct IsolatedImport: Sendable {
    let contract: Contract
    let diagnostics: [Diagnostic]
    let schemas: SchemaRegistry
    let plainTextWarnings: Set<String>

    /// `root`, the document of `file`, imported in a session of its own, its schemas checked by `schemaExcesses`;
    /// nil when it is not a contract, or when its import reached another file.
    static func importing(_ root: YAMLNode, of file: String, schemaExcesses: @escaping @Sendable (Schema) -> [SchemaExcess]) -> IsolatedImport? {
        guard let format = ContractFormat(sniffing: root) else { return nil }
        let session = LoadSession()
        session.schemaExcesses = schemaExcesses
        session.store.insert(root, as: file)
        let contract = ContractLoader.importContract(root, format: format, context: ImportContext(file: file, session: session))
        guard session.referencedFiles.isEmpty else { return nil }
        return IsolatedImport(
            contract: contract, diagnostics: session.diagnostics, schemas: session.schemas, plainTextWarnings: session.plainTextWarnings)
    }
}
