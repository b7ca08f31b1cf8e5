import MimicTestSupport
import Testing

/// Data generated for every response schema of the seed contracts in `Contracts/` (the OpenAPI documents of the
/// shared corpus get the same in `MimicCorpusTests`).
@Suite struct GeneratedContractDataTests {
    @Test func everySeedResponseSchemaGetsConformingData() {
        let report = GeneratedResponseReport(generatingEveryResponseOf: ContractFixture.seed)
        #expect(report.values >= 15)
        #expect(report.unserializable.isEmpty)
        #expect(report.violations.isEmpty, "\(report.violations.joined(separator: "\n"))")
    }
}
