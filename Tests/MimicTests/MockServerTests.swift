import Foundation
import MimicContracts
import MimicHTTP
import Synchronization
import MimicTestSupport
import Testing
@testable import Mimic

@Suite struct MockServerTests {
    static let contracts = ContractFixture.seedFolder

    @Test func startsOnAFreePortAndAnswersHealth() async throws {
        let server = try MockServer(contractsAt: [Self.contracts])
        let port = try server.start()
        defer { server.stop() }
        #expect(port > 0)
        #expect(server.baseURL.absoluteString == "http://127.0.0.1:\(port)")
        let reply = try await LiveClient.send(server.baseURL.appendingPathComponent("__mimic/health"))
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "application/json")
        #expect(reply.text == #"{"status":"ok","operations":49,"files":5,"strict":false}"#)
    }

    @Test func aContractPathUnderTheAdminPrefixIsAContractError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-reserved-\(UUID().uuidString).yaml")
        try Data("""
            openapi: 3.0.0
            info: {title: Clash, version: "1"}
            paths:
              /__mimic/health:
                get: {responses: {"200": {description: OK}}}
            """.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: MockServerError.self) { try MockServer(contractsAt: [file.path]) }
        let contracts = ContractLoader.serving.load([file.path])
        #expect(contracts.diagnostics.map(\.code) == ["load.reserved-path"])
        #expect(contracts.operations.isEmpty)
    }

    @Test func routesEndpointListsTheRouteTable() async throws {
        let server = try MockServer(contractsAt: [Self.contracts])
        try server.start()
        defer { server.stop() }
        let reply = try await LiveClient.send(server.baseURL.appendingPathComponent("__mimic/routes"))
        let routes = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [[String: Any]])
        #expect(routes.count == 49)
        #expect(reply.text == RouteTable(server.service.contracts).json.serialized())
    }

    @Test func adminEndpointsAnswerOnlyGet() async throws {
        let server = try MockServer(contractsAt: [Self.contracts])
        try server.start()
        defer { server.stop() }
        let refused = try await LiveClient.send(server.baseURL.appendingPathComponent("__mimic/health"), method: "POST")
        #expect(refused.status == 405)
        #expect(refused.headers["allow"] == "GET, HEAD")
        #expect(refused.text == #"{"type":"urn:mimic:problem:method-not-allowed","title":"Method not allowed","status":405,"detail":"/__mimic/health answers GET only."}"#)
        let unknown = try await LiveClient.send(server.baseURL.appendingPathComponent("__mimic/nothing"))
        #expect(unknown.status == 404)
        #expect(unknown.headers["content-type"] == "application/problem+json")
    }

    @Test func everyRequestIsLogged() async throws {
        let entries = Mutex<[JournalEntry]>([])
        let configuration = MockServer.Configuration { entry in entries.withLock { $0.append(entry) } }
        let server = try MockServer(contractsAt: [Self.contracts], configuration: configuration)
        try server.start()
        _ = try await LiveClient.send(server.baseURL.appendingPathComponent("__mimic/health"))
        server.stop()
        let logged = entries.withLock { $0 }
        #expect(logged.map(\.method) == ["GET"])
        #expect(logged.map(\.target) == ["/__mimic/health"])
        #expect(logged.map(\.status) == [200])
        #expect(logged[0].line.hasPrefix("GET /__mimic/health 200 - "))
    }

    @Test func theJournalKeepsEachRequestWithItsStatusAndViolations() async throws {
        let server = try MockServer(contractsAt: [Self.contracts], configuration: MockServer.Configuration(strict: true, journalSize: 2))
        try server.start()
        defer { server.stop() }
        let bogus = "/api/backups?status=BOGUS"
        for target in [bogus, "/api/backups", "/__mimic/health", "/nowhere"] {
            _ = try await LiveClient.send(try #require(URL(string: target, relativeTo: server.baseURL)))
        }
        #expect(server.service.strict)
        let entries = server.journal.entries
        #expect(entries.map(\.sequence) == [2, 3])
        #expect(entries.map(\.target) == ["/api/backups", "/nowhere"])
        #expect(entries.map(\.status) == [200, 404])
        #expect(entries.map { $0.operation?.operationId } == ["listBackups", nil])
        #expect(entries.map { $0.violations.map(\.code) } == [[], ["route-not-found"]])
        #expect(server.journal.invalidCount == 2)
        let reply = try await LiveClient.send(server.baseURL.appendingPathComponent("__mimic/requests"))
        #expect(reply.text == server.journal.json().serialized())
        server.journal.clear()
        _ = try await LiveClient.send(try #require(URL(string: bogus, relativeTo: server.baseURL)))
        let invalid = try #require(server.journal.entries.first)
        #expect(invalid.status == 422)
        #expect(invalid.violations.map(\.name) == ["status"])
        #expect(invalid.violations.map(\.code) == ["enum"])
    }

    @Test func contractErrorsStopTheServerFromBeingMade() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-\(UUID().uuidString).yaml")
        try Data("openapi: 3.0.0\ninfo: {title: x\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect {
            _ = try MockServer(contractsAt: [file.path])
        } throws: { error in
            guard case MockServerError.contractErrors(let diagnostics) = error else { return false }
            return diagnostics.map(\.code) == ["yaml.unclosed-flow"]
        }
    }

    @Test func aTakenPortIsASocketError() throws {
        let first = try MockServer(contractsAt: [Self.contracts])
        let port = try first.start()
        defer { first.stop() }
        let second = try MockServer(contractsAt: [Self.contracts], configuration: MockServer.Configuration(port: port))
        #expect {
            try second.start()
        } throws: { error in
            guard case MockServerError.socket = error else { return false }
            return true
        }
    }
}
