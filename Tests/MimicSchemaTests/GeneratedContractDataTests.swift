import Foundation
import MimicContracts
import Testing
@testable import MimicSchema

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let corpusFolder = packageRoot.appendingPathComponent("../shared/corpus/openapi").standardized.path

/// Data generated for every response schema of real contracts: the seeds in `Contracts/` and, when present,
/// the OpenAPI documents of the shared corpus.
@Suite struct GeneratedContractDataTests {
    /// What generating every response body of a contract set found.
    private struct Report {
        var values = 0
        var largest = 0
        var unserializable: [String] = []
        var violations: [String] = []
    }

    private func generateEveryResponse(of contracts: ContractSet) -> Report {
        let generator = DataGenerator(schemas: contracts.schemas)
        let validator = SchemaValidator(schemas: contracts.schemas)
        var report = Report()
        for operation in contracts.operations {
            let resource = operation.path.description.split(separator: "/").first { !$0.contains("{") }.map(String.init) ?? ""
            for response in operation.responses {
                for content in response.contents {
                    guard let schema = content.schema else { continue }
                    let place = "\(operation.key) \(response.status) \(content.mediaType)"
                    let value = generator.value(for: schema, in: GenerationScope(resource: resource, identity: "1"))
                    report.values += 1
                    report.largest = max(report.largest, value.serialized().utf8.count)
                    if (try? JSONSerialization.jsonObject(with: Data(value.serialized().utf8), options: .fragmentsAllowed)) == nil {
                        report.unserializable.append(place)
                    }
                    report.violations += validator.violations(of: value, against: schema, direction: .response).map { "\(place): \($0.pointer) \($0.message)" }
                }
            }
        }
        return report
    }

    @Test func everySeedResponseSchemaGetsConformingData() {
        let contracts = ContractLoader().load([packageRoot.appendingPathComponent("Contracts").path])
        let report = generateEveryResponse(of: contracts)
        #expect(report.values >= 15)
        #expect(report.unserializable.isEmpty)
        #expect(report.violations.isEmpty, "\(report.violations.joined(separator: "\n"))")
    }

    static let operationsPerCorpusDocument = 150

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpusFolder), "the OpenAPI corpus is absent at ../shared/corpus/openapi"))
    func everyCorpusResponseSchemaGetsSerializableData() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).sorted()
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
        #expect(names.count >= 40)
        var total = Report()
        for name in names {
            // The first operations of each document are enough to meet every kind of schema it uses, and keep
            // the test quick on the largest documents (Kubernetes declares over a thousand operations).
            var contracts = ContractLoader().load([corpusFolder + "/" + name])
            contracts.operations = Array(contracts.operations.prefix(Self.operationsPerCorpusDocument))
            let report = generateEveryResponse(of: contracts)
            #expect(report.unserializable.isEmpty, "\(name): \(report.unserializable.prefix(5))")
            total.values += report.values
            total.largest = max(total.largest, report.largest)
            total.violations += report.violations.map { "\(name): \($0)" }
        }
        // The differences come from the documents' own examples, which Mimic prefers and some documents get wrong.
        print("Generated \(total.values) corpus response bodies (largest \(total.largest) bytes); \(total.violations.count) differ from their schemas:")
        for line in total.violations.prefix(10) { print("  " + line) }
        // Floors that only move one way: at least as many bodies generated, at most as many differences, as when
        // this was last measured (2,723 bodies, 99 differences, all from the documents' own examples).
        #expect(total.values >= 2_723)
        #expect(total.violations.count <= 99, "\(total.violations.count) corpus bodies differ from their schemas")
    }
}
