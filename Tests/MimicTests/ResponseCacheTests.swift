import MimicEngine
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// The response cache answers a request seen before with the bytes, journal entry and coverage counts a fresh
/// answer gives, and keeps within its bounds.
@Suite struct ResponseCacheTests {
    static let contracts = try! ContractFixture.load("""
        openapi: 3.0.3
        info: {title: Gadgets, version: "1"}
        components:
          schemas:
            Gadget:
              type: object
              required: [name]
              properties:
                name: {type: string}
                size: {type: string, enum: [big, small]}
        paths:
          /gadgets:
            get:
              operationId: listGadgets
              parameters:
                - {name: kind, in: query, schema: {type: string, enum: [big, small]}}
                - {name: X-Trace, in: header, schema: {type: string}}
              responses:
                "200":
                  description: the gadgets
                  content: {application/json: {schema: {type: array, items: {$ref: "#/components/schemas/Gadget"}}}}
                "404": {description: none, content: {application/json: {example: {missing: true}}}}
            post:
              operationId: createGadget
              requestBody:
                required: true
                content: {application/json: {schema: {$ref: "#/components/schemas/Gadget"}}}
              responses:
                "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Gadget"}}}}
        """).contracts

    /// Requests of every kind the cache may keep: a 200, violations, `Prefer`, CORS, `HEAD`, a JSON body, a 404,
    /// a 405, and requests differing only in a header the answer depends on.
    static let requests: [HTTPRequest] = [
        HTTPRequest(method: "GET", target: "/gadgets?kind=big", headers: ["Host": "a"]),
        HTTPRequest(method: "GET", target: "/gadgets?kind=huge", headers: ["Host": "a"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["Prefer": "code=404"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["Prefer": "dynamic=true"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["Prefer": "code=503"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["Origin": "http://localhost:8000"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["Origin": "http://localhost:9000"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["X-Trace": "1", "Accept": "text/plain"]),
        HTTPRequest(method: "HEAD", target: "/gadgets?kind=small"),
        HTTPRequest(method: "POST", target: "/gadgets", headers: ["Content-Type": "application/json"], body: Array(#"{"name":"a","size":"big"}"#.utf8)),
        HTTPRequest(method: "POST", target: "/gadgets", headers: ["Content-Type": "application/json"], body: Array(#"{"size":"tiny"}"#.utf8)),
        HTTPRequest(method: "DELETE", target: "/gadgets"),
        HTTPRequest(method: "GET", target: "/nowhere", headers: ["Authorization": "Bearer secret"]),
    ]

    /// Everything a client and a report see of `service`'s answers to `requests`, in order: each response, the
    /// journal with its counts, the coverage.
    static func transcript(of service: MockService, answering requests: [HTTPRequest]) -> String {
        let responses = requests.map { request in
            let result = service.respond(to: request)
            let response = result.response
            return "\(response.status) \(response.headers.map { "\($0.name): \($0.value)" }) \(String(decoding: response.body, as: UTF8.self)) "
                + "\(response.delay) \(String(describing: response.fault)) \(result.violations) \(String(describing: result.forced))"
        }
        let journal = service.journal
        return responses.joined(separator: "\n") + "\n" + journal.json().serialized() + "\n"
            + "\(journal.recordedCount) \(journal.invalidCount) \(journal.invalidEntries.map(\.line)) \(journal.entries.map(\.line))\n"
            + service.coverage.coverage.json.serialized()
    }

    @Test func aCachedAnswerJournalAndCoverageAreThoseOfAFreshOne() {
        let sent = Self.requests + Self.requests + Self.requests.reversed()
        let cached = MockService(contracts: Self.contracts, seed: 7, disturbance: Disturbance(chaosRate: 0.3))
        let fresh = MockService(contracts: Self.contracts, seed: 7, disturbance: Disturbance(chaosRate: 0.3), responseCache: nil)
        // Timing is the one thing that differs, and the journal's JSON and the lines below leave it out.
        let cachedTranscript = Self.transcript(of: cached, answering: sent).replacing(#/ [0-9.]+ms/#, with: "")
        let freshTranscript = Self.transcript(of: fresh, answering: sent).replacing(#/ [0-9.]+ms/#, with: "")
        #expect(cachedTranscript == freshTranscript)
        #expect(fresh.responseCache == nil)
        #expect(cached.responseCache?.usage.entries == Self.requests.count)
    }

    @Test func aRepeatedRequestIsAnsweredFromTheCache() throws {
        let service = MockService(contracts: Self.contracts, seed: 7)
        let request = HTTPRequest(method: "GET", target: "/gadgets?kind=big")
        let first = service.respond(to: request).response
        let cache = try #require(service.responseCache)
        let kept = try #require(cache.key(for: request).flatMap(cache.answer))
        #expect(kept.result.response == first)
        #expect(service.respond(to: request).response == first)
        #expect(service.journal.entries.map(\.sequence) == [1, 2])
        #expect(cache.usage.entries == 1)
    }

    @Test func adminRequestsAndPreflightsAreNeverKept() {
        let service = MockService(contracts: Self.contracts, seed: 7)
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/health"))
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/requests"))
        _ = service.respond(to: HTTPRequest(method: "OPTIONS", target: "/gadgets", headers: [
            "Origin": "http://localhost:8000", "Access-Control-Request-Method": "POST",
        ]))
        #expect(service.responseCache?.usage.entries == 0)
        _ = service.respond(to: HTTPRequest(method: "GET", target: "/gadgets"))
        #expect(service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/requests/count")).response.body == Array(#"{"count":1}"#.utf8))
    }

    @Test func statefulAndProxyingServicesKeepNoAnswers() throws {
        let stateful = MockService(contracts: Self.contracts, seed: 7, state: StateStore())
        #expect(stateful.responseCache == nil)
        let proxying = MockService(contracts: Self.contracts, seed: 7, upstream: try Upstream(url: "http://127.0.0.1:9"))
        #expect(proxying.responseCache == nil)
    }

    @Test func aServerKeepsAnswersUnlessConfiguredNotToOrStateful() {
        var configuration = MockServer.Configuration()
        #expect(MockServer(contracts: Self.contracts, configuration: configuration).service.responseCache?.limits == ResponseCache.Limits())
        configuration.responseCache = nil
        #expect(MockServer(contracts: Self.contracts, configuration: configuration).service.responseCache == nil)
        #expect(MockServer(contracts: Self.contracts, configuration: MockServer.Configuration(stateful: true)).service.responseCache == nil)
    }

    @Test func theLeastRecentlyUsedAnswersGoFirstPastTheCountOfEntries() {
        let service = MockService(contracts: Self.contracts, seed: 7, responseCache: ResponseCache.Limits(entries: 2))
        let targets = ["/gadgets?kind=big", "/gadgets?kind=small", "/gadgets?kind=big", "/gadgets"]
        for target in targets { _ = service.respond(to: HTTPRequest(method: "GET", target: target)) }
        let cache = service.responseCache!
        let kept = ["/gadgets?kind=big", "/gadgets?kind=small", "/gadgets"].filter { target in
            cache.answer(for: ResponseCacheKey(HTTPRequest(method: "GET", target: target))) != nil
        }
        #expect(kept == ["/gadgets?kind=big", "/gadgets"])
        #expect(cache.usage.entries == 2)
    }

    @Test func answersAreKeptWithinTheBytesAndSizesAllowed() throws {
        let probe = MockService(contracts: Self.contracts, seed: 7)
        let small = HTTPRequest(method: "GET", target: "/gadgets", headers: ["Prefer": "code=404"])
        _ = probe.respond(to: small)
        let weight = try #require(probe.responseCache?.usage.bytes)
        // Room for two answers of that weight, not three.
        let service = MockService(contracts: Self.contracts, seed: 7, responseCache: ResponseCache.Limits(bytes: weight * 5 / 2))
        for trace in ["1", "2", "3"] {
            var request = small
            request.headers.add("X-Trace", trace)
            _ = service.respond(to: request)
        }
        #expect(service.responseCache?.usage.entries == 2)
        #expect(try #require(service.responseCache?.usage.bytes) <= weight * 5 / 2)

        let limited = MockService(contracts: Self.contracts, seed: 7, responseCache: ResponseCache.Limits(requestBodyBytes: 4, responseBodyBytes: 16))
        let posted = HTTPRequest(method: "POST", target: "/gadgets", headers: ["Content-Type": "application/json"], body: Array(#"{"name":"a"}"#.utf8))
        #expect(limited.responseCache?.key(for: posted) == nil)
        _ = limited.respond(to: posted)
        _ = limited.respond(to: HTTPRequest(method: "GET", target: "/gadgets"))
        _ = limited.respond(to: small)
        // The list's body is longer than 16 bytes; the 404's example, `{"missing":true}`, is not.
        #expect(limited.responseCache?.usage.entries == 1)
    }
}
