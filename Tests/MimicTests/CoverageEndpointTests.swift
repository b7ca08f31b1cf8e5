import MimicTestSupport
import Testing
@testable import Mimic

/// `/__mimic/coverage`, without sockets.
@Suite struct CoverageEndpointTests {
    /// A service over the seed contracts that answered two listings (one invalid) and an unknown route.
    static func service() -> MockService {
        let service = MockService(contracts: RequestsEndpointTests.contracts, seed: 1)
        for target in ["/api/backups?status=FAILED", "/api/backups?status=BOGUS", "/nowhere"] {
            _ = service.respond(to: HTTPRequest(method: "GET", target: target))
        }
        return service
    }

    @Test func answersTheCoverageAsJSON() {
        let service = Self.service()
        let response = service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/coverage")).response
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(String(decoding: response.body, as: UTF8.self) == service.coverage.coverage.json.serialized())
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix(
            #"{"totals":{"operations":{"total":49,"called":1,"percent":2.0},"statuses":{"total":49,"answered":1,"percent":2.0},"parameters":{"total":312,"sent":1,"percent":0.3},"enumValues":{"total":149,"sent":1,"percent":0.7},"requests":{"total":3,"valid":1,"unmatched":1}},"operations":["#))
    }

    @Test func answersATableWithFormatText() {
        let service = Self.service()
        let response = service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/coverage?format=text")).response
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(String(decoding: response.body, as: UTF8.self) == service.coverage.coverage.text)
        #expect(service.coverage.coverage.text.contains("\nGET     /api/backups  "))
    }

    @Test func anUnknownFormatIsAProblem() {
        let reply = RequestsEndpointTests.body(Self.service(), "GET", "/__mimic/coverage?format=xml")
        #expect(reply.status == 400)
        #expect(reply.text == #"{"type":"urn:mimic:problem:query-invalid","title":"Query invalid","status":400,"detail":"The query parameter 'format' is json or text, not 'xml'."}"#)
    }

    @Test func coverageAnswersGetOnly() {
        let reply = RequestsEndpointTests.body(Self.service(), "DELETE", "/__mimic/coverage")
        #expect(reply.status == 405)
    }

    @Test func adminRequestsAreNotCountedAndClearingTheJournalKeepsTheCounts() {
        let service = Self.service()
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/health"))
        _ = service.respond(to: HTTPRequest(method: "DELETE", target: "/__mimic/requests"))
        #expect(service.journal.entries.isEmpty)
        #expect(service.coverage.coverage.requests == 3)
        #expect(service.coverage.coverage.operationTally.covered == 1)
    }
}
