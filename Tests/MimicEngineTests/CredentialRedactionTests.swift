import MimicContracts
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// What the journal keeps of a request's credentials: nothing.
@Suite struct CredentialRedactionTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: Keys, version: '1'}
        paths:
          /things:
            get:
              security: [{header: []}, {query: []}]
              responses:
                '200': {description: OK}
        components:
          securitySchemes:
            header: {type: apiKey, in: header, name: X-API-Key}
            query: {type: apiKey, in: query, name: api_key}
        """

    @Test func theStandardCredentialHeadersAreRedactedWhateverTheirCase() {
        let headers: HTTPHeaders = ["authorization": "Bearer a", "Proxy-Authorization": "Basic b", "Cookie": "session=c", "X-Tag": "kept"]
        #expect(CredentialRedaction().redact(headers) == [
            "authorization": "[redacted]", "Proxy-Authorization": "[redacted]", "Cookie": "[redacted]", "X-Tag": "kept",
        ])
    }

    @Test func theContractsAPIKeysAreRedactedInHeadersAndInTheQuery() throws {
        let redaction = CredentialRedaction(contracts: try ContractFixture.load(Self.contract).contracts)
        #expect(redaction.redact(["x-api-key": "secret", "Accept": "*/*"]) == ["x-api-key": "[redacted]", "Accept": "*/*"])
        #expect(redaction.redact(target: "/things?api_key=secret&limit=3&api_key") == "/things?api_key=[redacted]&limit=3&api_key=[redacted]")
        #expect(redaction.redact(target: "/things?limit=3") == "/things?limit=3")
        #expect(CredentialRedaction().redact(target: "/things?api_key=secret") == "/things?api_key=secret")
    }

    @Test func theJournalKeepsTheRedactedRequestAndTheStartOfItsBody() throws {
        let redaction = CredentialRedaction(contracts: try ContractFixture.load(Self.contract).contracts)
        let journal = RequestJournal()
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: 5_000)
        let request = HTTPRequest(method: "GET", target: "/things?api_key=secret", headers: ["X-API-Key": "secret", "Cookie": "a=b"], body: body)
        let entry = journal.record(request, answeredWith: MockResult(response: HTTPResponse(status: 200), operation: nil), redaction: redaction)
        #expect(entry.target == "/things?api_key=[redacted]")
        #expect(entry.headers == ["X-API-Key": "[redacted]", "Cookie": "[redacted]"])
        #expect(entry.body == Array(body.prefix(4_096)))
        #expect(entry.bodySize == 5_000)
    }

    @Test func aBodyThatIsNotUTF8IsKeptAsBase64() {
        let entry = JournalEntry(sequence: 1, method: "POST", target: "/x", status: 200, operation: nil, violations: [], body: [0xFF, 0x00], bodySize: 2)
        #expect(entry.json.serialized() == #"{"sequence":1,"method":"POST","target":"/x","status":200,"operation":null,"violations":[],"headers":[],"bodySize":2,"bodyBase64":"/wA="}"#)
    }
}
