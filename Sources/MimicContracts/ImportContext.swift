import MimicYAML

/// What an importer works with: the file being read, and the load it belongs to
/// (documents, schema registry, diagnostics), shared with every other file of the load.
struct ImportContext {
    let file: String
    let session: LoadSession

    func source(_ node: YAMLNode) -> SourceReference {
        SourceReference(file: file, location: node.location)
    }

    func warn(_ code: String, _ message: String, at node: YAMLNode) {
        session.diagnostics.append(.warning(code, message, at: source(node)))
    }

    func error(_ code: String, _ message: String, at node: YAMLNode) {
        session.diagnostics.append(.error(code, message, at: source(node)))
    }

    /// The node itself or, when it is a `{$ref: …}` object, the node it points at (chains followed),
    /// with the context of the file that holds it. Reports and returns nil when a reference leads nowhere.
    func resolved(_ node: YAMLNode) -> (node: YAMLNode, context: ImportContext)? {
        var current = (node: node, context: self)
        for _ in 0..<32 {
            guard let reference = current.node["$ref"] else { return current }
            guard let target = current.context.target(of: reference) else { return nil }
            current = target
        }
        error("ref.cycle", "this $ref leads back to itself", at: node)
        return nil
    }

    /// The node a `$ref` value names, or nil after reporting why it cannot be found.
    func target(of reference: YAMLNode) -> (node: YAMLNode, context: ImportContext)? {
        guard let (file, pointer) = key(of: reference) else { return nil }
        if file != self.file { session.referencedFiles.insert(file) }
        let root: YAMLNode
        switch session.store.document(file) {
        case .success(let document): root = document
        case .failure(let problem):
            error("ref.unresolved", "$ref '\(reference.string ?? "")' cannot be followed: \(file): \(problem.message)", at: reference)
            return nil
        }
        guard let node = JSONPointer.node(at: pointer, in: root) else {
            error("ref.unresolved", "$ref '\(reference.string ?? "")' points at nothing: \(file == self.file ? "this file" : file) has no \(pointer.isEmpty ? "document" : pointer)", at: reference)
            return nil
        }
        return (node, ImportContext(file: file, session: session))
    }

    /// The file and JSON pointer a `$ref` value names; nil (reported) when it is not a string.
    func key(of reference: YAMLNode) -> (file: String, pointer: String)? {
        guard let text = reference.string else {
            error("ref.invalid", "$ref must be a string such as '#/definitions/Pet'", at: reference)
            return nil
        }
        return key(ofText: text, at: reference)
    }

    /// The file and JSON pointer that reference `text` (written at `node`) names, relative to this file; nil
    /// (reported) for a remote reference Mimic cannot read offline.
    func key(ofText text: String, at node: YAMLNode) -> (file: String, pointer: String)? {
        let hash = text.firstIndex(of: "#") ?? text.endIndex
        var filePart = String(text[..<hash])
        if !filePart.isEmpty, filePart.contains("://") {
            guard let local = session.localPath(ofRemote: filePart) else {
                warn("ref.remote", "$ref '\(text)' points at another server; Mimic works offline and does not fetch it, so anything is accepted there", at: node)
                return nil
            }
            filePart = local
        }
        let pointer = hash < text.endIndex ? String(text[text.index(after: hash)...]) : ""
        let file = filePart.isEmpty ? self.file : DocumentStore.path(filePart, relativeTo: self.file)
        return (file, pointer)
    }

    /// The key of a referenced schema in the ``SchemaRegistry``: `file#pointer`.
    static func registryKey(file: String, pointer: String) -> String {
        file + "#" + pointer
    }
}
