import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MimicTestSupport
import Synchronization
import Testing

/// `mimic serve` as a process: it reloads the contracts when a file changes, and on SIGHUP.
@Suite struct ServeReloadLiveTests {
    /// The `mimic` binary beside the test runner (built by `swift build`, which CI runs first).
    static let mimicBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("mimic").path
    static let mimicBuilt = FileManager.default.isExecutableFile(atPath: mimicBinary)

    /// An OpenAPI document declaring `GET` on each of `paths`.
    static func contract(_ paths: String...) -> String {
        "openapi: 3.0.0\ninfo: {title: Reload, version: \"1\"}\npaths:\n"
            + paths.map { "  \($0):\n    get: {responses: {\"200\": {description: OK}}}\n" }.joined()
    }

    @Test(.enabled(if: mimicBuilt, "the mimic binary is not built beside the tests; run `swift build` first"))
    func aChangedFileIsServedOnceSavedAndABrokenOneIsReported() async throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let server = try ServerProcess(arguments: ["serve", "--port", "0", fixture.folder])
        defer { server.stop() }
        try Data(Self.contract("/one", "/two").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"), options: .atomic)
        #expect(try await server.output { $0.contains("mimic reloaded (2 operations from 1 files)\n") })
        #expect(try await server.status("/two") == 200)
        try Data("openapi: 3.0.0\npaths: [\n".utf8).write(to: URL(fileURLWithPath: fixture.folder + "/a.yaml"))
        #expect(try await server.errors { $0.hasSuffix("still serving the last good ones (2 operations from 1 files)\n") })
        #expect(server.errorText == """
            \(fixture.folder)/a.yaml:2:8: error: flow sequence opened here is never closed; add the missing ']' [yaml.unclosed-flow]
             2 | paths: [
               |        ^
            mimic: not reloaded: the contracts have 1 error above; still serving the last good ones (2 operations from 1 files)

            """)
        #expect(try await server.status("/two") == 200)
    }

    @Test(.enabled(if: mimicBuilt, "the mimic binary is not built beside the tests; run `swift build` first"))
    func withoutWatchingSIGHUPReloads() async throws {
        let fixture = try ContractFixture([("a.yaml", Self.contract("/one"))])
        defer { fixture.remove() }
        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--no-watch", fixture.folder])
        defer { server.stop() }
        try Data(Self.contract("/two").utf8).write(to: URL(fileURLWithPath: fixture.folder + "/b.yaml"))
        try await Task.sleep(for: .seconds(1))   // the watcher would have seen it by now
        #expect(try await server.status("/two") == 404)
        server.signal(SIGHUP)
        #expect(try await server.output { $0.contains("mimic reloaded (2 operations from 2 files)\n") })
        #expect(try await server.status("/two") == 200)
        server.signal(SIGHUP)
        #expect(try await server.output { $0.components(separatedBy: "mimic reloaded (2 operations from 2 files)\n").count == 3 })
        #expect(server.isRunning)
    }
}

/// A `mimic serve` process on a free port, its standard output and error gathered as they come.
final class ServerProcess: Sendable {
    /// What the process wrote so far.
    private final class Gathered: Sendable {
        let text = Mutex((output: "", errors: ""))
    }

    private let process: Process
    private let gathered = Gathered()
    let port: Int

    /// Starts `mimic` with `arguments` and waits for its listening line.
    init(arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServeReloadLiveTests.mimicBinary)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        self.process = process
        let gathered = gathered
        output.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            gathered.text.withLock { $0.output += text }
        }
        errors.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            gathered.text.withLock { $0.errors += text }
        }
        try process.run()
        var port: Int?
        for _ in 0..<200 where port == nil {
            let prefix = "mimic listening on http://127.0.0.1:"
            port = gathered.text.withLock { $0.output.hasPrefix(prefix) ? Int($0.output.dropFirst(prefix.count).prefix { $0.isNumber }) : nil }
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let port else {
            process.terminate()
            throw URLError(.cannotConnectToHost)
        }
        self.port = port
    }

    var outputText: String { gathered.text.withLock { $0.output } }
    var errorText: String { gathered.text.withLock { $0.errors } }
    var isRunning: Bool { process.isRunning }

    /// Whether the standard output satisfies `condition` within ten seconds.
    func output(_ condition: (String) -> Bool) async throws -> Bool {
        try await eventually { condition(outputText) }
    }

    /// Whether the standard error satisfies `condition` within ten seconds.
    func errors(_ condition: (String) -> Bool) async throws -> Bool {
        try await eventually { condition(errorText) }
    }

    /// The status of `GET path`.
    func status(_ path: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    private func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
