import MimicYAML

/// The parsed documents of one load, each read once: the contracts themselves and the files their `$ref`s reach.
final class DocumentStore {
    private var documents: [String: Result<YAMLNode, Diagnostic>] = [:]
    /// The contract files being read ahead, if any: a file among them is taken from there rather than read again.
    private var prefetch: DocumentPrefetch?

    /// Starts reading `files` ahead, on a thread of its own (see ``DocumentPrefetch``), when there are several; that
    /// thread then imports the last of them with `importAhead` (see ``DocumentPrefetch/importedAhead(_:)``).
    func readAhead(_ files: [String], importAhead: @escaping @Sendable (String, YAMLNode) -> IsolatedImport?) {
        guard files.count > 1 else { return }
        prefetch = DocumentPrefetch(files, read: { Self.read($0) }, importAhead: importAhead)
    }

    /// The import of `file` made ahead on the reading thread, if it made one (nil when it did not, or could not); once
    /// asked for a file, that thread does not import it.
    func importedAhead(_ file: String) -> IsolatedImport? {
        prefetch?.importedAhead(file)
    }

    /// The first non-empty document of `file`, or the diagnostic that says why there is none.
    func document(_ file: String) -> Result<YAMLNode, Diagnostic> {
        if let known = documents[file] { return known }
        let result = prefetch?.take(file) { Self.read($0) } ?? Self.read(file)
        documents[file] = result
        return result
    }

    /// Lets go of every document, freeing their trees (the nodes of every file read, thousands each) on a thread of
    /// their own when one starts, so that a load's end does not wait for them to be freed.
    func releaseDocuments() {
        let documents = self.documents
        self.documents = [:]
        HelperThread.detach { withExtendedLifetime(documents) {} }
    }

    /// Holds `document` as the content of `file`, for a document that comes from memory rather than disk.
    func insert(_ document: YAMLNode, as file: String) {
        documents[file] = .success(document)
    }

    private static func read(_ file: String) -> Result<YAMLNode, Diagnostic> {
        let bytes: [UInt8]
        switch FileBytes.contents(of: file) {
        case .success(let content): bytes = content
        case .failure(let problem): return .failure(problem)
        }
        do {
            guard let root = try YAML.parseFirstDocument(bytes) else {
                return .failure(.error("load.empty", "the file holds no document", at: .start(of: file)))
            }
            return .success(root)
        } catch {
            return .failure(.error(error.code, error.message, at: SourceReference(file: file, location: error.location)))
        }
    }

    /// `target` (a path relative to the folder of `file`, or absolute) as a normalized path.
    static func path(_ target: String, relativeTo file: String) -> String {
        if target.hasPrefix("/") { return normalized(target) }
        let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return normalized(folder.isEmpty ? target : folder + "/" + target)
    }

    /// The path without `.` components, repeated slashes and resolvable `..` components (`./a//b/../c` → `a/c`),
    /// so that one file has one name however it was reached; `.` for the current folder itself.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append(part) }
            default:
                if part.isEmpty, !parts.isEmpty { continue }
                parts.append(part)
            }
        }
        // Appended one by one: `[Substring].joined(separator:)` is generic code whose first use at each start costs
        // more in runtime type look-ups than the whole join.
        var joined = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append("/") }
            joined.append(contentsOf: part)
        }
        return joined.isEmpty ? "." : joined
    }
}
