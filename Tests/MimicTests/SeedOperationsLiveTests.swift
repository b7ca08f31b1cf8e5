import Foundation
import MimicContracts
import MimicTestSupport
import Testing
@testable import Mimic

/// Every seed operation over a real socket, and the same bytes from a second `mimic serve` process.
@Suite struct SeedOperationsLiveTests {
    /// The `mimic` binary beside the test runner (built by `swift build`, which CI runs first).
    static let mimicBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("mimic").path
    static let mimicBuilt = FileManager.default.isExecutableFile(atPath: mimicBinary)

    /// The operation's path with every parameter filled with 42.
    private func target(of operation: APIOperation) -> String {
        operation.path.description.replacingOccurrences(of: #"\{[^}]+\}"#, with: "42", options: .regularExpression)
    }

    @Test func everySeedOperationAnswersItsDeclaredSuccessWithJSON() async throws {
        let server = try MockServer(contractsAt: [MockServerTests.contracts])
        try server.start()
        defer { server.stop() }
        let operations = server.service.contracts.operations
        #expect(operations.count == 49)
        #expect(operations.filter(\.savesOnlyAnswersWithoutBody).count == 6)
        for operation in operations {
            let reply = try await LiveClient.send(URL(string: server.baseURL.absoluteString + target(of: operation))!, method: operation.method)
            let declared = try #require(operation.responses.first { $0.status.isSuccess }?.status)
            #expect(declared == .code(reply.status), "\(operation.key)")
            if reply.status == 204 || operation.savesOnlyAnswersWithoutBody {
                #expect(reply.body.isEmpty && reply.headers["content-type"] == nil, "\(operation.key)")
            } else {
                #expect(reply.headers["content-type"] == "application/json", "\(operation.key)")
                #expect((try? JSONSerialization.jsonObject(with: reply.body, options: .fragmentsAllowed)) != nil, "\(operation.key)")
            }
        }
    }

    @Test(.enabled(if: mimicBuilt, "the mimic binary is not built beside the tests; run `swift build` first"))
    func aSecondServerProcessAnswersByteForByteAlike() async throws {
        let server = try MockServer(contractsAt: [MockServerTests.contracts])
        try server.start()
        defer { server.stop() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.mimicBinary)
        process.arguments = ["serve", "--port", "0", MockServerTests.contracts]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let readiness = try #require(String(data: output.fileHandleForReading.availableData, encoding: .utf8))
        #expect(readiness.hasPrefix("mimic listening on http://127.0.0.1:"))
        let port = readiness.dropFirst("mimic listening on http://127.0.0.1:".count).prefix { $0.isNumber }
        #expect(readiness.hasSuffix("(49 operations from 5 files)\n"))
        for operation in server.service.contracts.operations where operation.method == "GET" {
            let here = try await LiveClient.send(URL(string: server.baseURL.absoluteString + target(of: operation))!)
            let there = try await LiveClient.send(URL(string: "http://127.0.0.1:\(port)" + target(of: operation))!)
            #expect(here.status == there.status && here.body == there.body, "\(operation.key)")
        }
    }

    @Test func theFirstListedDefinitionIsTheDefinitionReadAlone() async throws {
        let server = try MockServer(contractsAt: [MockServerTests.contracts])
        try server.start()
        defer { server.stop() }
        let list = try await LiveClient.send(server.baseURL.appendingPathComponent("v1/backup_definitions"))
        let first = try #require((try JSONSerialization.jsonObject(with: list.body) as? [[String: Any]])?.first)
        let id = try #require(first["id"] as? Int)
        let alone = try await LiveClient.send(server.baseURL.appendingPathComponent("v1/backup_definitions/\(id)"))
        #expect(alone.status == 200)
        #expect(list.text.hasPrefix("[" + alone.text + ","))
    }
}
