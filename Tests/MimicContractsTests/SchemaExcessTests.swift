import MimicTestSupport
import Testing
@testable import MimicContracts

/// The check a loader is given for schema keywords that ask for more than the server will do.
@Suite struct SchemaExcessTests {
    private static let contract = ContractFixture.openAPI(get: "/items", schema: "{type: string, maxLength: 5000}")

    @Test func aLoaderWarnsAtEachKeywordItsCheckFindsExcessive() throws {
        let fixture = try ContractFixture([("api.yaml", Self.contract)])
        defer { fixture.remove() }
        let loader = ContractLoader(schemaExcesses: { schema in
            schema.maxLength.map { [SchemaExcess(keyword: "maxLength", code: "test.long", message: "maxLength \($0) is long")] } ?? []
        })
        #expect(fixture.summaries(loader.load([fixture.folder])) == ["api.yaml:12:43: warning: maxLength 5000 is long [test.long]"])
    }

    @Test func aLoaderWithoutACheckFindsNoExcess() throws {
        let (_, summaries) = try ContractFixture.load(Self.contract)
        #expect(summaries == [])
    }
}
