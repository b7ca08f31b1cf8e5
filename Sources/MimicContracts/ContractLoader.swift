import Foundation
import MimicYAML

/// Loads contract files and folders into one ``ContractSet``: reads each document, tells its format
/// from its content, imports it, follows its `$ref`s and merges the operations of all.
///
/// A broken file costs only itself: its diagnostics are reported and the other files still load.
public struct ContractLoader: Sendable {
    /// File name endings searched for in folders.
    public static let contractExtensions = ["yaml", "yml", "json"]

    /// The first path segment the server keeps for its own endpoints (nil: none): a contract's operation under
    /// it is a `load.reserved-path` error and is not served.
    public let reservedPathSegment: String?
    /// The keywords of a schema that ask for more than the server will do (none, unless given): each is a warning at
    /// the keyword, with the code and message the check gives. The server knows its limits; this layer does not.
    public let schemaExcesses: @Sendable (Schema) -> [SchemaExcess]
    /// The warnings a server's own check gives for each merged operation's response examples that break their
    /// schema, each at the example, with the schemas its `$ref`s point at (nil: no check, unless given): what only a
    /// layer that validates can say. The examples they are at are the set's ``ContractSet/brokenExamples``, so that
    /// the server passes them over without checking them again.
    public let exampleChecks: (@Sendable (APIOperation, SchemaRegistry) -> [Diagnostic])?

    /// A loader; with `reservedPathSegment`, operations under `/<reservedPathSegment>/` are refused; with
    /// `schemaExcesses`, every schema read is checked by it; with `exampleChecks`, the examples of every operation
    /// served.
    public init(
        reservedPathSegment: String? = nil, schemaExcesses: @escaping @Sendable (Schema) -> [SchemaExcess] = { _ in [] },
        exampleChecks: (@Sendable (APIOperation, SchemaRegistry) -> [Diagnostic])? = nil
    ) {
        self.reservedPathSegment = reservedPathSegment
        self.schemaExcesses = schemaExcesses
        self.exampleChecks = exampleChecks
    }

    /// Loads every contract in `paths` (files, or folders searched recursively).
    public func load(_ paths: [String]) -> ContractSet {
        let session = LoadSession()
        session.schemaExcesses = schemaExcesses
        let (files, listingProblems) = Self.contractFiles(in: paths)
        session.diagnostics += listingProblems
        session.store.readAhead(files) { [schemaExcesses] file, root in
            IsolatedImport.importing(root, of: file, schemaExcesses: schemaExcesses)
        }
        var contracts: [Contract] = []
        var unrecognized: [(file: String, problem: Diagnostic)] = []
        for file in files {
            // Asked before the document, so that the reading thread, once it has parsed a file this thread waits for,
            // leaves its import to this thread rather than make this thread wait for the whole import.
            let importedAhead = session.store.importedAhead(file)
            switch session.store.document(file) {
            case .failure(let problem):
                session.diagnostics.append(problem)
            case .success(let root):
                if let part = importedAhead, session.adopt(part) {
                    contracts.append(part.contract)
                    continue
                }
                let context = ImportContext(file: file, session: session)
                if let format = ContractFormat(sniffing: root) {
                    contracts.append(Self.importContract(root, format: format, context: context))
                } else {
                    unrecognized.append((file, Self.unrecognizedFormat(root, file: file)))
                }
            }
        }
        session.diagnostics += unrecognized.filter { !session.referencedFiles.contains($0.file) }.map(\.problem)
        contracts = contracts.map { withoutReservedPaths($0, session: session) }
        var merger = ContractMerger()
        let operations = merger.merge(contracts)
        let checks = exampleChecks.map { check in operations.flatMap { check($0, session.schemas) } }
        let diagnostics = (session.diagnostics + merger.diagnostics + (checks ?? [])).sorted { $0.source < $1.source }
        session.store.releaseDocuments()
        return ContractSet(files: files, contracts: contracts, operations: operations, schemas: session.schemas, diagnostics: diagnostics,
                           brokenExamples: checks.map { Set($0.map(\.source)) })
    }

    static func importContract(_ root: YAMLNode, format: ContractFormat, context: ImportContext) -> Contract {
        switch format {
        case .swagger2: Swagger2Importer(context: context, root: root).importContract()
        case .openAPI30, .openAPI31: OpenAPI3Importer(context: context, root: root, format: format).importContract()
        case .postman: PostmanImporter(context: context, root: root).importContract()
        }
    }

    /// `contract` without operations under ``reservedPathSegment``, each reported as an error.
    private func withoutReservedPaths(_ contract: Contract, session: LoadSession) -> Contract {
        guard let reserved = reservedPathSegment else { return contract }
        var contract = contract
        contract.operations.removeAll { operation in
            guard operation.path.segments.first == .literal(reserved) else { return false }
            session.diagnostics.append(.error(
                "load.reserved-path",
                "'\(operation.path)' is under /\(reserved)/, which Mimic keeps for its own endpoints; this operation is not served",
                at: operation.sources[0]))
            return true
        }
        return contract
    }

    private static func unrecognizedFormat(_ root: YAMLNode, file: String) -> Diagnostic {
        let source = SourceReference(file: file, location: root.location)
        if let version = root["swagger"] ?? root["openapi"] {
            return .error("load.unsupported-version", "version '\(version.string ?? "")' is not supported; Mimic reads Swagger 2.0 and OpenAPI 3.0 and 3.1", at: SourceReference(file: file, location: version.location))
        }
        let what = root.mapping != nil ? "a mapping" : root.sequence != nil ? "a list" : "a single value"
        return .error(
            "load.unknown-format",
            "this document (\(what)) is not a contract: expected 'swagger: \"2.0\"', 'openapi: 3.x', or a Postman collection's 'info' and 'item'",
            at: source)
    }

    /// The contract files `paths` name: files as given, folders searched recursively (hidden entries
    /// skipped) for ``contractExtensions``, each folder's files in name order.
    public static func contractFiles(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            // stat(2), as `FileManager.fileExists(atPath:isDirectory:)` asks, without Foundation's first-use cost.
            var status = stat()
            guard stat(path, &status) == 0 else {
                diagnostics.append(.error("load.not-found", "no such file or folder", at: .start(of: path)))
                continue
            }
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                files.append(DocumentStore.normalized(path))
                continue
            }
            let found = contractFiles(inFolder: path)
            if found.isEmpty {
                diagnostics.append(.warning("load.empty-folder", "no .yaml, .yml or .json files in this folder", at: .start(of: path)))
            }
            files += found
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }, diagnostics)
    }

    /// The contract files below `folder` (a link to a folder is followed), named from `folder` as given.
    private static func contractFiles(inFolder folder: String) -> [String] {
        FolderListing.files(below: folder, endingIn: contractExtensions).map { DocumentStore.normalized(folder + "/" + $0) }
    }
}
