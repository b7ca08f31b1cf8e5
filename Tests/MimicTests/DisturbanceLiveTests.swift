import Foundation
import MimicEngine
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// Delays, forced failures, faults and chaos through a live `MockServer` on the seed contracts.
@Suite struct DisturbanceLiveTests {
    static func server(seed: UInt64 = 1, _ disturbance: Disturbance = Disturbance()) throws -> MockServer {
        let server = try MockServer(contractsAt: [MockServerTests.contracts], configuration: .init(seed: seed, disturbance: disturbance))
        try server.start()
        return server
    }

    /// The answer is held a minute (the longest delay); stopping the server sends it at once, so the test
    /// never waits on a clock. The other clients are blocking connections, not `URLSession`, whose answers wait for
    /// a free task thread: in a loaded test run that wait could outlast the minute.
    @Test func aDelayedAnswerLetsOtherClientsBeAnsweredMeanwhile() throws {
        let server = try Self.server()
        let slow = try LoopbackConnection(port: server.port!)
        try slow.send(LoopbackConnection.request("/api/backups", headers: ["Prefer: delay=60s"]))
        for index in 0..<4 {
            let other = try LoopbackConnection(port: server.port!)
            #expect(try other.statuses(of: [LoopbackConnection.request("/v1/backup_definitions/\(index)")]) == [200])
        }
        #expect(!slow.hasBytesWaiting())
        server.stop()
        let (bytes, _) = try slow.readUntilClosed()
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("HTTP/1.1 200 OK\r\n"))
    }

    @Test func eachFailureStatusCanBeAskedForAndIsJournaledAsForced() async throws {
        let server = try Self.server()
        defer { server.stop() }
        for code in ForcedFailure.statuses {
            let reply = try await LiveClient.send(server.baseURL.appendingPathComponent("api/backups"), headers: ["Prefer": "code=\(code)"])
            #expect(reply.status == code)
            #expect(reply.headers["content-type"] == "application/problem+json")
            #expect(reply.headers["retry-after"] == (code == 429 || code == 503 ? "1" : nil))
            #expect(reply.text.contains(#""detail":"Prefer asks for status \#(code); GET /api/backups does not declare it"#))
        }
        #expect(server.journal.entries.map(\.forced) == ForcedFailure.statuses.map { "code=\($0)" })
        #expect(server.journal.invalidCount == 0)
    }

    @Test(arguments: HTTPFault.allCases)
    func eachFaultDropsTheConnectionAsDocumented(fault: HTTPFault) throws {
        let server = try Self.server()
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port!)
        try connection.send(LoopbackConnection.request("/api/backups", headers: ["Prefer: fault=\(fault.rawValue)"]))
        let (bytes, reset) = try connection.readUntilClosed()
        let text = String(decoding: bytes, as: UTF8.self)
        switch fault {
        case .reset:
            #expect(bytes.isEmpty && reset)
        case .empty:
            #expect(bytes.isEmpty && !reset)
        case .garbage:
            #expect(bytes.count == 16 && bytes.first == 0 && !reset)
        case .close:
            #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n") && text.contains("\r\nTransfer-Encoding: chunked\r\n\r\nzz;") && !reset)
            #expect(!text.contains("Content-Length"))
        }
        #expect(server.journal.entries.map(\.line).first?.hasSuffix("(forced: fault=\(fault.rawValue))") == true)
        #expect(server.journal.invalidCount == 0)
    }

    @Test func twoServersWithTheSameSeedFailTheSameRequests() throws {
        func run(seed: UInt64) throws -> [String] {
            let server = try Self.server(seed: seed, Disturbance(chaosRate: 0.3))
            defer { server.stop() }
            var answers: [String] = []
            for index in 0..<30 {
                let connection = try LoopbackConnection(port: server.port!)
                try connection.send(LoopbackConnection.request("/v1/backup_definitions/\(index)"))
                let (bytes, reset) = try connection.readUntilClosed()
                let statusLine = String(decoding: bytes.prefix { $0 != 13 }, as: UTF8.self)
                answers.append(reset ? "reset" : bytes.isEmpty ? "empty" : statusLine)
            }
            let journaled = server.journal.entries.map { "\($0.target) \($0.status) \($0.forced ?? "-")" }
            #expect(server.journal.invalidCount == 0)
            return zip(answers, journaled).map { "\($0) | \($1)" }
        }
        let first = try run(seed: 5)
        #expect(first == (try run(seed: 5)))
        #expect(first != (try run(seed: 6)))
        let failed = first.filter { $0.contains("chaos ") }
        #expect((3...20).contains(failed.count))
    }
}
