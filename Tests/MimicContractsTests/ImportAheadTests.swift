import MimicTestSupport
import Testing
@testable import MimicContracts

/// A load of several files, the last imported ahead on the reading thread, gives what importing them in turn gives.
@Suite struct ImportAheadTests {
    @Test func aSchemaOfALaterFileReadFromAnEarlierOneIsReportedOnceWhicheverThreadImportsIt() throws {
        let referencing = IsolatedImportTests.referencing.replacingOccurrences(of: "shared.yaml", with: "b-shared.yaml")
        let other = IsolatedImportTests.shared.replacingOccurrences(of: "/shared", with: "/other")
        let fixture = try ContractFixture([("a-orders.yaml", referencing), ("b-shared.yaml", IsolatedImportTests.shared), ("c-other.yaml", other)])
        defer { fixture.remove() }
        for _ in 0..<20 {
            let contracts = fixture.load()
            #expect(fixture.summaries(contracts) == [
                "b-shared.yaml:9:19: warning: unknown type 'thing'; expected one of string, integer, number, boolean, array, object, null [import.unknown-type]",
                "c-other.yaml:9:19: warning: unknown type 'thing'; expected one of string, integer, number, boolean, array, object, null [import.unknown-type]",
            ])
            #expect(contracts.operations.map(\.path.description) == ["/orders", "/other", "/shared"])
        }
    }
}
