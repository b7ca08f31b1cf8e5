import MimicYAML

/// A standalone JSON Schema document, read from memory rather than from a contract: for checking values
/// against schemas outside any contract (the JSON-Schema-Test-Suite, say).
public enum SchemaDocument {
    /// The schema `bytes` hold (YAML or JSON), the registry its `$ref`s fill, and what was found wrong.
    ///
    /// `file` names the document: `$ref: "#/definitions/a"` resolves inside it and relative `$ref`s next to it.
    /// A remote `$ref` whose URL starts with one of `remoteFolders`' prefixes reads the rest of the URL from
    /// that local folder instead (first match wins); other remote `$ref`s accept anything (`ref.remote`).
    public static func load(
        _ bytes: [UInt8], file: String, remoteFolders: [(prefix: String, folder: String)] = []
    ) -> (schema: Schema, schemas: SchemaRegistry, diagnostics: [Diagnostic]) {
        let session = LoadSession()
        session.remoteFolders = remoteFolders
        let root: YAMLNode
        do {
            guard let document = try YAML.parseFirstDocument(bytes) else {
                return (Schema(), session.schemas, [.error("load.empty", "the file holds no document", at: .start(of: file))])
            }
            root = document
        } catch {
            return (Schema(), session.schemas, [.error(error.code, error.message, at: SourceReference(file: file, location: error.location))])
        }
        session.store.insert(root, as: file)
        let schema = ImportContext(file: file, session: session).schema(root)
        return (schema, session.schemas, session.diagnostics)
    }
}
