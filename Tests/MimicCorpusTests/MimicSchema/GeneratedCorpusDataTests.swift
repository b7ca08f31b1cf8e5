import Foundation
import MimicContracts
import MimicTestSupport
import Testing

private let corpus = WorkspaceFile.corpus("openapi")
private let corpusFolder = corpus.path

/// Data generated for every response schema of the OpenAPI documents of the shared corpus (the seeds in
/// `Contracts/` get the same in `MimicSchemaTests`).
@Suite struct GeneratedCorpusDataTests {
    static let operationsPerCorpusDocument = 150

    @Test(.requires(corpus))
    func everyCorpusResponseSchemaGetsSerializableData() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
        #expect(names.count >= 40)
        var total = GeneratedResponseReport()
        for name in names {
            // The first operations of each document are enough to meet every kind of schema it uses, and keep
            // the test quick on the largest documents (Kubernetes declares over a thousand operations).
            var contracts = ContractLoader().load([corpusFolder + "/" + name])
            contracts.operations = Array(contracts.operations.prefix(Self.operationsPerCorpusDocument))
            let report = GeneratedResponseReport(generatingEveryResponseOf: contracts)
            #expect(report.unserializable.isEmpty, "\(name): \(report.unserializable.prefix(5))")
            total.values += report.values
            total.largest = max(total.largest, report.largest)
            total.violations += report.violations.map { "\(name): \($0)" }
        }
        // A schema's example or default that breaks the schema (some documents get theirs wrong) is not used, and
        // realistic values yield to formats, patterns, lengths and bounds: every body keeps its schema.
        print("Generated \(total.values) corpus response bodies (largest \(total.largest) bytes); \(total.violations.count) differ from their schemas:")
        for line in total.violations.prefix(10) { print("  " + line) }
        // Floors that only move one way: at least as many bodies generated as when this was last measured (2,723),
        // and none breaking its schema.
        #expect(total.values >= 2_723)
        #expect(total.violations.isEmpty, "\(total.violations.count) corpus bodies differ from their schemas: \(total.violations.prefix(5))")
    }
}
