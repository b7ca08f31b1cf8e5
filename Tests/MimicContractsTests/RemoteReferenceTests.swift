import MimicTestSupport
import Testing
@testable import MimicContracts

@Suite struct RemoteReferenceTests {
    @Test func remoteReferencesAreNotFetchedAndSaySo() throws {
        let (contracts, diagnostics) = try ContractFixture.load("""
            openapi: 3.0.0
            info: {title: Remote, version: "1"}
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: OK
                      content: {application/json: {schema: {$ref: "https://example.com/schemas.json#/Thing"}}}
            """)
        #expect(diagnostics == [
            "api.yaml:9:55: warning: $ref 'https://example.com/schemas.json#/Thing' points at another server; Mimic works offline and does not fetch it, so anything is accepted there [ref.remote]",
        ])
        #expect(contracts.operations.count == 1)
    }
}
