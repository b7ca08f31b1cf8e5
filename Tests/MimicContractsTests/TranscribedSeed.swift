import Foundation
import MimicTestSupport
import Testing

/// A seed document without a machine-readable contract, and the contract transcribed from it by hand.
struct TranscribedSeed: Sendable, CustomTestStringConvertible {
    var name: String
    /// The seed's file name in the seeds directory.
    var seedFile: String
    /// The transcription's path relative to the package root.
    var contractFile: String
    var readOperations: @Sendable (_ documentation: String) throws -> [DocumentedOperation]
    var documentedOperationCount: Int
    var pathParameterRenamings: [PathParameterRenaming]

    var testDescription: String { name }

    /// The workspace keeps the seed documents beside the package, in `../shared/seeds`.
    static let seeds = WorkspaceFile.shared("seeds")

    static let vProtect = TranscribedSeed(
        name: "vProtect Backups Controller (seed 003)",
        seedFile: "003_361008c39f5c451a.txt",
        contractFile: "Contracts/vprotect/vprotect-backups.openapi.yaml",
        readOperations: SeedDocumentationReader.vProtectOperations(documentation:),
        documentedOperationCount: 16,
        pathParameterRenamings: []
    )

    static let cloud66 = TranscribedSeed(
        name: "Cloud 66 Backups (seed 004)",
        seedFile: "004_609801cf5e7f8a9d.txt",
        contractFile: "Contracts/cloud66/cloud66-backups.openapi.yaml",
        readOperations: SeedDocumentationReader.cloud66Operations(documentation:),
        documentedOperationCount: 5,
        // OpenAPI forbids /stacks/{id}/backups beside /stacks/{stack_id}/backups (where both POSTs are documented).
        pathParameterRenamings: [
            PathParameterRenaming(operation: "GET /stacks/{id}/backups", documentedName: "id", transcribedName: "stack_id")
        ]
    )

    static let all = [vProtect, cloud66]

    /// The operations the seed document describes, renamed where the transcription had to rename.
    func documentedOperations() throws -> [DocumentedOperation] {
        let documentation = try String(contentsOf: Self.seeds.url.appendingPathComponent(seedFile), encoding: .utf8)
        return try readOperations(documentation).map { operation in
            pathParameterRenamings
                .filter { $0.operation == operation.methodAndPath }
                .reduce(operation) { $0.renamingPathParameter($1.documentedName, to: $1.transcribedName) }
        }
    }

    func transcribedOperations() throws -> [DocumentedOperation] {
        try MimicContractsTests.transcribedOperations(contractFile: WorkspaceFile.package(contractFile).path)
    }
}

/// A path parameter the transcription names differently from its document, where OpenAPI leaves no choice.
struct PathParameterRenaming: Sendable {
    /// The documented operation, `METHOD /path` as documented.
    var operation: String
    var documentedName: String
    var transcribedName: String
}

extension DocumentedOperation {
    /// This operation with the path parameter `name` called `newName`, in the path template and the parameters.
    func renamingPathParameter(_ name: String, to newName: String) -> DocumentedOperation {
        DocumentedOperation(
            method: method,
            path: path.replacingOccurrences(of: "{\(name)}", with: "{\(newName)}"),
            parameters: parameters.map { parameter in
                guard parameter.location == "path", parameter.name == name else { return parameter }
                var renamed = parameter
                renamed.name = newName
                return renamed
            }
        )
    }
}
