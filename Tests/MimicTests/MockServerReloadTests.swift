import Foundation
import MimicTestSupport
import Synchronization
import Testing
@testable import Mimic

/// Contracts reloaded while a server runs: by ``MockServer/reload()`` without a socket, then by the watcher live.
@Suite struct MockServerReloadTests {
    /// An OpenAPI document declaring `GET` on each of `paths`.
    static func contract(_ paths: String...) -> String {
        "openapi: 3.0.0\ninfo: {title: Reload, version: \"1\"}\npaths:\n"
            + paths.map { "  \($0):\n    get: {responses: {\"200\": {description: OK}}}\n" }.joined()
    }

    static let broken = "openapi: 3.0.0\ninfo: {title: Reload, version: \"1\"}\npaths: [\n"

    /// The status `server` answers `GET path` with, without a socket.
    private func status(_ server: MockServer, _ path: String) -> Int {
        server.service.respond(to: HTTPRequest(method: "GET", target: path)).response.status
    }

    @Test func reloadServesTheContractsAsTheyAreNowAndTheJournalGoesOn() throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let server = try MockServer(contractsAt: [fixture.folder])
        #expect(status(server, "/one") == 200)
        #expect(status(server, "/two") == 404)
        try Data(Self.contract("/two").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/b.yaml"))
        guard case .reloaded(let contracts) = server.reload() else { Issue.record("not reloaded"); return }
        #expect(contracts.operations.map(\.path.description) == ["/one", "/two"])
        #expect(server.service.contracts.operations.count == 2)
        #expect(status(server, "/two") == 200)
        #expect(server.journal.entries.map(\.description) == [
            "GET /one → 200", "GET /two → 404: path: No operation is declared for GET /two.", "GET /two → 200",
        ])
    }

    @Test func aBrokenFileKeepsTheLastGoodContractsServedAndSaysWhy() throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let heard = Mutex<[String]>([])
        var configuration = MockServer.Configuration()
        configuration.reloadLog = { outcome in
            heard.withLock { heard in
                switch outcome {
                case .reloaded(let contracts): heard.append("reloaded \(contracts.operations.count)")
                case .failed(let diagnostics, let kept): heard.append("failed \(diagnostics.count), kept \(kept.operations.count)")
                }
            }
        }
        let server = try MockServer(contractsAt: [fixture.folder], configuration: configuration)
        try Data(Self.broken.utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"))
        guard case .failed(let diagnostics, let kept) = server.reload() else { Issue.record("reloaded"); return }
        #expect(diagnostics.map { $0.summary.replacingOccurrences(of: fixture.folder + "/", with: "") } == [
            "a.yaml:3:8: error: flow sequence opened here is never closed; add the missing ']' [yaml.unclosed-flow]",
        ])
        #expect(kept.operations.map(\.path.description) == ["/one"])
        #expect(status(server, "/one") == 200)
        try Data(Self.contract("/uno").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"))
        server.reload()
        #expect(status(server, "/uno") == 200)
        #expect(status(server, "/one") == 404)
        #expect(heard.withLock { $0 } == ["failed 1, kept 1", "reloaded 1"])
    }

    @Test func aReloadThatFindsNoOperationKeepsTheLastGoodContracts() throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let server = try MockServer(contractsAt: [fixture.folder])
        try FileManager.default.removeItem(atPath: fixture.folder + "/a.yaml")
        guard case .failed(let diagnostics, let kept) = server.reload() else { Issue.record("reloaded"); return }
        #expect(diagnostics.isEmpty)
        #expect(kept.operations.count == 1)
        #expect(status(server, "/one") == 200)
    }

    @Test func keepingGoingAReloadServesTheFilesThatLoaded() throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one")), ("b.yaml", Self.contract("/two"))])
        defer { fixture.remove() }
        var configuration = MockServer.Configuration()
        configuration.reloadKeepsGoing = true
        let server = try MockServer(contractsAt: [fixture.folder], configuration: configuration)
        try Data(Self.broken.utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"))
        guard case .reloaded(let contracts) = server.reload() else { Issue.record("not reloaded"); return }
        #expect(fixture.summaries(contracts) == ["a.yaml:3:8: error: flow sequence opened here is never closed; add the missing ']' [yaml.unclosed-flow]"])
        #expect(status(server, "/one") == 404)
        #expect(status(server, "/two") == 200)
    }

    @Test func aServerMadeFromLoadedContractsReloadsTheirFiles() throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let server = MockServer(contracts: fixture.load())
        #expect(server.contractPaths == [fixture.folder + "/a.yaml"])
        try Data(Self.contract("/one", "/two").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"))
        server.reload()
        #expect(status(server, "/two") == 200)
    }

    @Test func requestsAreAnsweredFromOneSetOrTheOtherWhileReloadsReplaceIt() async throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let server = try MockServer(contractsAt: [fixture.folder])
        let file = URL(fileURLWithPath: fixture.folder + "/a.yaml")
        let answers = try await withThrowingTaskGroup(of: Set<String>.self) { group in
            group.addTask {
                for round in 0..<20 {
                    try Data((round.isMultiple(of: 2) ? Self.contract("/one", "/two") : Self.contract("/one")).utf8).write(to: file)
                    server.reload()
                }
                return []
            }
            for _ in 0..<2 {
                group.addTask {
                    var seen = Set<String>()
                    for _ in 0..<200 {
                        let health = server.service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/health")).response
                        seen.insert(String(decoding: health.body, as: UTF8.self))
                        seen.insert("/two \(server.service.respond(to: HTTPRequest(method: "GET", target: "/two")).response.status)")
                    }
                    return seen
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.formUnion($1) }
        }
        #expect(answers.isSubset(of: [
            #"{"status":"ok","operations":1,"files":1,"strict":false}"#, #"{"status":"ok","operations":2,"files":1,"strict":false}"#,
            "/two 200", "/two 404",
        ]))
        #expect(server.journal.recordedCount == 400)
    }

    @Test func theFileStateChangesWhenAFileIsAddedWrittenReplacedOrRemoved() throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let file = URL(fileURLWithPath: fixture.folder + "/a.yaml")
        var state = ContractFileState(of: [fixture.folder])
        #expect(state.files.map(\.path) == [fixture.folder + "/a.yaml"])
        #expect(ContractFileState(of: [fixture.folder]) == state)
        try Data("ignored".utf8).write(to: URL(fileURLWithPath: fixture.folder + "/notes.txt"))
        #expect(ContractFileState(of: [fixture.folder]) == state)
        let changes: [() throws -> Void] = [
            { try Data(Self.contract("/two").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/b.json")) },
            { try Data(Self.contract("/one", "/two").utf8).write(to: file) },
            { try Data(Self.contract("/one", "/two").utf8).write(to: file, options: .atomic) },   // same bytes, new inode
            { try FileManager.default.removeItem(atPath: fixture.folder + "/b.json") },
        ]
        for change in changes {
            try change()
            let changed = ContractFileState(of: [fixture.folder])
            #expect(changed != state)
            state = changed
        }
    }

    @Test func theWatcherReloadsLiveWhenAFileIsAddedChangedOrRemoved() async throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let failures = Mutex(0)
        var configuration = MockServer.Configuration()
        configuration.watch = true
        configuration.reloadLog = { outcome in
            if case .failed = outcome { failures.withLock { $0 += 1 } }
        }
        let server = try MockServer(contractsAt: [fixture.folder], configuration: configuration)
        try server.start()
        defer { server.stop() }
        let live = { (path: String) async throws -> Int in
            try await LiveClient.send(server.baseURL.appendingPathComponent(path)).status
        }
        #expect(try await live("one") == 200)
        try Data(Self.contract("/two").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/b.yaml"))
        #expect(try await eventually { try await live("two") == 200 })
        // Saved as editors do: written aside, then renamed over the file.
        try Data(Self.contract("/uno").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"), options: .atomic)
        #expect(try await eventually { try await live("uno") == 200 })
        #expect(try await live("one") == 404)
        try FileManager.default.removeItem(atPath: fixture.folder + "/b.yaml")
        #expect(try await eventually { try await live("two") == 404 })
        try Data(Self.broken.utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"))
        #expect(try await eventually { failures.withLock { $0 } == 1 })
        #expect(try await live("uno") == 200)
        #expect(server.journal.entries.last?.description == "GET /uno → 200")
    }

    /// Whether `condition` holds within ten seconds, asked every 50 ms.
    private func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
