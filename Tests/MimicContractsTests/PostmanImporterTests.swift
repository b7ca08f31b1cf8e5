import Foundation
import MimicYAML
import Testing
@testable import MimicContracts

/// The folder that holds the package (and, next to it, `shared/`).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let seedPath = packageRoot.appendingPathComponent("../shared/seeds/002_1a737eb6af8092a8.txt").standardized.path

/// Imports a collection text as `file`; returns the contract and the diagnostics of the load.
private func load(_ text: String, file: String = "collection.json") throws -> (Contract, [Diagnostic]) {
    let root = try #require(try YAML.parseFirstDocument(Array(text.utf8)))
    let session = LoadSession()
    let contract = PostmanImporter(context: ImportContext(file: file, session: session), root: root).importContract()
    return (contract, session.diagnostics)
}

@Suite struct PostmanImporterTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "seed 002 is absent"))
    func dump() throws {
        let (contract, diagnostics) = try load(String(contentsOfFile: seedPath, encoding: .utf8), file: "002.txt")
        for op in contract.operations {
            print(op.method, op.path, op.operationId ?? "-", op.tags, op.consumes, op.security.map(\.schemeNames))
            for p in op.parameters { print("   ", p.location, p.name, p.required, p.isTypeDeclared, p.schema.types, p.source, p.description ?? "") }
            for r in op.responses { print("   R", r.status, r.description ?? "", r.contents.map(\.mediaType), r.source) }
        }
        print(diagnostics.map(\.summary))
    }
}
