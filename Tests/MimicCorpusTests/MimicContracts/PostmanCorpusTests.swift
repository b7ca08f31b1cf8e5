import Foundation
import MimicTestSupport
import MimicYAML
import Testing
@testable import MimicContracts

private let corpus = WorkspaceFile.corpus("postman")
private let corpusFolder = corpus.path

/// Imports a collection text as `file`: the contract and the diagnostics of the load (as `PostmanImporterTests`
/// imports its collections).
private func load(_ text: String, file: String) throws -> (Contract, [String]) {
    let root = try #require(try YAML.parseFirstDocument(Array(text.utf8)))
    let session = LoadSession()
    let contract = PostmanImporter(context: ImportContext(file: file, session: session), root: root).importContract()
    return (contract, session.diagnostics.map(\.summary))
}

/// The Postman collections of the shared corpus, imported one by one.
@Suite struct PostmanCorpusTests {
    @Test(.requires(corpus))
    func corpusLoadsWithoutErrors() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).filter { $0.hasSuffix(".json") }.sorted()
        #expect(!files.isEmpty)
        for name in files {
            let (contract, diagnostics) = try load(String(contentsOfFile: corpusFolder + "/" + name, encoding: .utf8), file: name)
            print("\(name): \(contract.operations.count) operations, \(diagnostics.count) diagnostics")
            #expect(!contract.operations.isEmpty, "\(name)")
            #expect(!diagnostics.contains { $0.contains(": error: ") }, "\(name): \(diagnostics)")
        }
    }
}
