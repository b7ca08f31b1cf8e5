import MimicContracts
import MimicEngine
import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// `/__mimic/requests`, without sockets.
@Suite struct RequestsEndpointTests {
    static let contracts = ContractLoader().load([MockServerTests.contracts])

    /// A service that has answered `GET /api/backups`, `GET /nowhere`, then an invalid `GET /api/backups?status=BOGUS`
    /// (recorded by hand, with the violation a validator reports).
    static func service() -> MockService {
        let service = MockService(contracts: contracts, seed: 1)
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/api/backups"))
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/nowhere"))
        let invalid = Violation(location: .query, name: "status", code: "enum", message: "'BOGUS' is not allowed.", allowed: [.string("SUCCESS")])
        let operation = service.engine.router.routes.lazy.map(\.operation).first { $0.method == "GET" && $0.path.description == "/api/backups" }
        service.journal.record(
            HTTPRequest(method: "GET", target: "/api/backups?status=BOGUS"),
            answeredWith: MockResult(response: HTTPResponse(status: 422), operation: operation, violations: [invalid]))
        return service
    }

    static func body(_ service: MockService, _ method: String, _ target: String) -> (status: Int, text: String) {
        let response = service.respond(to: HTTPRequest(method: method, target: target)).response
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }

    static let listed = #"{"sequence":1,"method":"GET","target":"/api/backups","status":200,"operation":{"method":"GET","path":"/api/backups","operationId":"listBackups"},"violations":[],"headers":[]}"#
    /// A request to an undeclared route is invalid too: it breaks the contract.
    static let notFound = #"{"sequence":2,"method":"GET","target":"/nowhere","status":404,"operation":null,"violations":[{"location":"path","name":"","pointer":"","code":"route-not-found","message":"No operation is declared for GET /nowhere."}],"headers":[]}"#
    static let invalid = #"{"sequence":3,"method":"GET","target":"/api/backups?status=BOGUS","status":422,"operation":{"method":"GET","path":"/api/backups","operationId":"listBackups"},"violations":[{"location":"query","name":"status","pointer":"","code":"enum","message":"'BOGUS' is not allowed.","allowed":["SUCCESS"]}],"headers":[]}"#

    @Test func listsEveryRequestNewestLast() {
        let service = Self.service()
        let reply = Self.body(service, "GET", "/__mimic/requests")
        #expect(reply.status == 200)
        #expect(reply.text == #"{"requests":["# + [Self.listed, Self.notFound, Self.invalid].joined(separator: ",") + #"],"total":3,"invalid":2}"#)
    }

    @Test func invalidTrueListsOnlyTheInvalidOnesAndFalseOnlyTheValidOnes() {
        let service = Self.service()
        #expect(Self.body(service, "GET", "/__mimic/requests?invalid=true").text == #"{"requests":["# + [Self.notFound, Self.invalid].joined(separator: ",") + #"],"total":3,"invalid":2}"#)
        #expect(Self.body(service, "GET", "/__mimic/requests?invalid=false").text == #"{"requests":["# + Self.listed + #"],"total":3,"invalid":2}"#)
        let wrong = Self.body(service, "GET", "/__mimic/requests?invalid=yes")
        #expect(wrong.status == 400)
        #expect(wrong.text == #"{"type":"urn:mimic:problem:query-invalid","title":"Query invalid","status":400,"detail":"The query parameter 'invalid' is true or false, not 'yes'."}"#)
    }

    @Test func deleteClearsTheEntriesButNotTheCounts() {
        let service = Self.service()
        let response = service.respond(to: HTTPRequest(method: "DELETE", target: "/__mimic/requests")).response
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
        #expect(Self.body(service, "GET", "/__mimic/requests").text == #"{"requests":[],"total":3,"invalid":2}"#)
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/nowhere"))
        #expect(Self.body(service, "GET", "/__mimic/requests").text == #"{"requests":[{"sequence":4,"method":"GET","target":"/nowhere","status":404,"operation":null,"violations":[{"location":"path","name":"","pointer":"","code":"route-not-found","message":"No operation is declared for GET /nowhere."}],"headers":[]}],"total":4,"invalid":3}"#)
    }

    @Test func adminRequestsAreNotJournaled() {
        let service = MockService(contracts: Self.contracts, seed: 1)
        for target in ["/__mimic/health", "/__mimic/routes", "/__mimic/requests", "/__mimic/nothing"] {
            _ = service.respond(to: HTTPRequest(method: "GET", target: target))
        }
        _ = service.respond(to: HTTPRequest(method: "DELETE", target: "/__mimic/requests"))
        #expect(service.journal.recordedCount == 0)
        #expect(Self.body(service, "GET", "/__mimic/requests").text == #"{"requests":[],"total":0,"invalid":0}"#)
    }

    @Test func requestsAnswersGetAndDeleteOnly() {
        let response = Self.service().respond(to: HTTPRequest(method: "POST", target: "/__mimic/requests")).response
        #expect(response.status == 405)
        #expect(response.headers.values(for: "Allow") == ["GET, DELETE, HEAD"])
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:method-not-allowed","title":"Method not allowed","status":405,"detail":"/__mimic/requests answers GET and DELETE only."}"#)
    }

    @Test func theLogLineCountsViolations() throws {
        let operation = try #require(Self.contracts.operations.first { $0.operationId == "listBackups" })
        let entry = JournalEntry(sequence: 1, method: "GET", target: "/api/backups?status=BOGUS", status: 422, operation: operation, violations: [], milliseconds: 0.314)
        #expect(entry.line == "GET /api/backups?status=BOGUS 422 listBackups 0.31ms")
        let violation = Violation(location: .query, name: "status", code: "enum", message: "not allowed")
        #expect(JournalEntry(sequence: 1, method: "GET", target: "/a", status: 422, operation: nil, violations: [violation], milliseconds: 1).line == "GET /a 422 - 1.0ms (1 violation)")
        #expect(JournalEntry(sequence: 1, method: "GET", target: "/a", status: 422, operation: nil, violations: [violation, violation], milliseconds: 1).line == "GET /a 422 - 1.0ms (2 violations)")
    }

    @Test func anUnknownAdminEndpointIsTheSameProblemAsAnUnknownRoute() {
        let response = MockService(contracts: Self.contracts, seed: 1).respond(to: HTTPRequest(method: "GET", target: "/__mimic/nope")).response
        #expect(response.status == 404)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:route-not-found","title":"Route not found","status":404,"detail":"There is no admin endpoint '/__mimic/nope'; there are /__mimic/health, /__mimic/routes, /__mimic/requests, /__mimic/requests/count, /__mimic/coverage, /__mimic/state and /__mimic/reset."}"#)
    }
}

/// `/__mimic/requests` filters and `/__mimic/requests/count`, without sockets.
@Suite struct RequestsEndpointFilterTests {
    @Test func filtersSelectTheEntriesAndCountCountsThem() {
        let service = RequestsEndpointTests.service()
        #expect(RequestsEndpointTests.body(service, "GET", "/__mimic/requests?operationId=listBackups&status=422").text == #"{"requests":["# + RequestsEndpointTests.invalid + #"],"total":3,"invalid":2}"#)
        #expect(RequestsEndpointTests.body(service, "GET", "/__mimic/requests/count?operationId=listBackups") == (200, #"{"count":2}"#))
        #expect(RequestsEndpointTests.body(service, "GET", "/__mimic/requests/count?invalid=true&since=3") == (200, #"{"count":1}"#))
        #expect(RequestsEndpointTests.body(service, "GET", "/__mimic/requests/count") == (200, #"{"count":3}"#))
    }

    @Test func anUnknownFilterIs400AndNeverIgnored() {
        let service = RequestsEndpointTests.service()
        for endpoint in ["requests", "requests/count"] {
            #expect(RequestsEndpointTests.body(service, "GET", "/__mimic/\(endpoint)?operationid=listBackups") == (400, #"{"type":"urn:mimic:problem:query-invalid","title":"Query invalid","status":400,"detail":"The query parameter 'operationid' is not a filter; the filters are operationId, method, path, status, invalid and since."}"#))
        }
    }

    @Test func countAnswersGetOnly() {
        let response = RequestsEndpointTests.service().respond(to: HTTPRequest(method: "DELETE", target: "/__mimic/requests/count")).response
        #expect(response.status == 405)
        #expect(response.headers.values(for: "Allow") == ["GET, HEAD"])
    }

    @Test func entriesKeepTheHeadersWithCredentialsRedactedAndTheBody() {
        let service = MockService(contracts: RequestsEndpointTests.contracts, seed: 1)
        _ = service.respond(to: HTTPRequest(
            method: "POST", target: "/nowhere", headers: ["Authorization": "Bearer secret", "Cookie": "s=secret", "X-Tag": "t"],
            body: Array("hello".utf8)))
        #expect(RequestsEndpointTests.body(service, "GET", "/__mimic/requests").text == #"{"requests":[{"sequence":1,"method":"POST","target":"/nowhere","status":404,"operation":null,"violations":[{"location":"path","name":"","pointer":"","code":"route-not-found","message":"No operation is declared for POST /nowhere."}],"headers":[{"name":"Authorization","value":"[redacted]"},{"name":"Cookie","value":"[redacted]"},{"name":"X-Tag","value":"t"}],"bodySize":5,"body":"hello"}],"total":1,"invalid":1}"#)
    }
}
