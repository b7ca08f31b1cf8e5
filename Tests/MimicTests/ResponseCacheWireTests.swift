import MimicEngine
@testable import MimicHTTP
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// An answer the response cache keeps goes out from bytes serialized once, and those bytes are the ones a fresh
/// answer gives: a hit and a miss send the same, and the same as a server without cache.
@Suite struct ResponseCacheWireTests {
    static let date = Array("Tue, 01 Dec 2026 15:17:09 GMT".utf8)

    /// The cache tests' requests, and those the server answers apart besides: HTTP/1.0 with and without
    /// keep-alive, `Connection: close`, and a delayed answer.
    static let requests = ResponseCacheTests.requests + [
        HTTPRequest(method: "GET", target: "/gadgets?kind=big", version: .http10),
        HTTPRequest(method: "GET", target: "/gadgets?kind=big", version: .http10, headers: ["Connection": "keep-alive"]),
        HTTPRequest(method: "GET", target: "/gadgets?kind=big", headers: ["Connection": "close"]),
        HTTPRequest(method: "HEAD", target: "/gadgets", headers: ["Origin": "http://localhost:8000", "Connection": "close"]),
        HTTPRequest(method: "GET", target: "/gadgets", headers: ["Prefer": "delay=20ms"]),
    ]

    /// What the event loop sends of `response` in answer to `request` (see `EventLoop.answer`), `Date` as ``date``.
    static func sent(_ response: HTTPResponse, answering request: HTTPRequest) -> String {
        let (head, body) = response.headAndBody(date: date, answering: request.method)
        let keepAlive = request.keepsConnectionAlive && !response.closesConnection
        return String(decoding: head + HTTPResponse.connectionField(keepAlive: keepAlive) + body, as: UTF8.self)
    }

    @Test func aHitAndAMissSendTheBytesOfAnAnswerServedWithoutCache() {
        let cached = MockService(contracts: ResponseCacheTests.contracts, seed: 7)
        let fresh = MockService(contracts: ResponseCacheTests.contracts, seed: 7, responseCache: nil)
        for request in Self.requests {
            let miss = cached.respond(to: request).response
            let hit = cached.respond(to: request).response
            let afresh = fresh.respond(to: request).response
            let keepAlive = request.keepsConnectionAlive && !afresh.closesConnection
            let bytes = afresh.serialized(date: Self.date, keepAlive: keepAlive, answering: request.method)
            let expected = String(decoding: bytes, as: UTF8.self)
            #expect(hit.serializedOnce != nil, "\(request.method) \(request.target)")
            #expect(afresh.serializedOnce == nil)
            #expect(Self.sent(miss, answering: request) == expected, "\(request.method) \(request.target)")
            #expect(Self.sent(hit, answering: request) == expected, "\(request.method) \(request.target)")
            #expect(hit.delay == afresh.delay)
        }
        #expect(cached.journal.recordedCount == 2 * fresh.journal.recordedCount)
    }

    @Test func aKeptAnswerWeighsItsSerializedHeadBesideItsFieldsBodyAndEntry() throws {
        let service = MockService(contracts: ResponseCacheTests.contracts, seed: 7)
        let request = HTTPRequest(method: "GET", target: "/gadgets?kind=big", headers: ["Origin": "http://localhost:8000"])
        _ = service.respond(to: request)
        let cache = try #require(service.responseCache)
        let key = try #require(cache.key(for: request))
        let kept = try #require(cache.answer(for: key))
        let serialized = try #require(kept.result.response.serializedOnce)
        var unserialized = kept.result
        unserialized.response.serializedOnce = nil
        #expect(serialized.headWeight == serialized.head(date: Self.date).count - Self.date.count)
        #expect(kept.weight == CachedAnswer(result: unserialized, entry: kept.entry).weight + serialized.headWeight)
        #expect(cache.usage.bytes == key.weight + kept.weight)
    }

    /// Requests pipelined on one connection to the seed contracts: both benchmark routes, HEAD, `Prefer`, CORS, a
    /// delay, HTTP/1.0 keeping the connection, a 404, then the first again asking to close.
    static let pipelined = [
        "GET /v1/backup_definitions/42 HTTP/1.1\r\nHost: test\r\n\r\n",
        "GET /api/backups?status=SUCCESS&protected-entity-type=VM HTTP/1.1\r\nHost: test\r\n\r\n",
        "HEAD /v1/backup_definitions/42 HTTP/1.1\r\nHost: test\r\n\r\n",
        "GET /api/backups HTTP/1.1\r\nHost: test\r\nPrefer: code=404\r\n\r\n",
        "GET /v1/backup_definitions/7 HTTP/1.1\r\nHost: test\r\nOrigin: http://localhost:8000\r\n\r\n",
        "GET /v1/backup_definitions/8 HTTP/1.1\r\nHost: test\r\nPrefer: delay=10ms\r\n\r\n",
        "GET /v1/backup_definitions/42 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
        "GET /nowhere HTTP/1.1\r\nHost: test\r\n\r\n",
        "GET /v1/backup_definitions/42 HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n",
    ].joined()

    /// What `server` sends for ``pipelined`` until it closes the connection, each `Date` value as `(date)`.
    static func exchange(with server: MockServer) throws -> String {
        let connection = try LoopbackConnection(port: server.port!)
        try connection.send(pipelined)
        let bytes = try connection.readUntilClosed().bytes
        return String(decoding: bytes, as: UTF8.self).replacing(#/Date: [^\r]*\r\n/#, with: "Date: (date)\r\n")
    }

    @Test func aLiveServerSendsTheSameBytesFromItsCacheAsWithout() throws {
        var configuration = MockServer.Configuration()
        configuration.port = 0
        let cached = try MockServer(contractsAt: [MockServerTests.contracts], configuration: configuration)
        configuration.responseCache = nil
        let fresh = try MockServer(contractsAt: [MockServerTests.contracts], configuration: configuration)
        try cached.start()
        try fresh.start()
        defer {
            cached.stop()
            fresh.stop()
        }
        let afresh = try Self.exchange(with: fresh)
        #expect(try Self.exchange(with: cached) == afresh)
        #expect(try Self.exchange(with: cached) == afresh)
        #expect(cached.service.responseCache?.usage.entries == 9)
        #expect(afresh.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) } == [
            "200", "200", "200", "404", "200", "200", "200", "404", "200",
        ])
    }
}
