import Foundation
import MimicTestSupport
import Testing

/// `mimic serve` as a CI job runs it, in a child process: it serves what loaded with `--keep-going`, never waits
/// on a standard output nobody reads or that was closed, and stops promptly on SIGTERM.
@Suite(.serialized) struct ServeProcessTests {
    static let contracts = ContractFixture.seedFolder
    static let listBackups = "GET /api/backups?status=SUCCESS HTTP/1.1\r\nHost: t\r\n\r\n"

    /// Starts `mimic serve --port 0 arguments…` and reads its readiness line.
    static func serve(_ arguments: [String]) throws -> (process: MimicProcess, port: Int, firstLine: String) {
        let process = try MimicProcess(["serve", "--port", "0"] + arguments)
        let line = process.firstLine()
        let port = try #require(MimicProcess.port(ofListeningLine: line), "a listening line, not \(line.debugDescription); running: \(process.process.isRunning); stderr: \(process.errors)")
        return (process, port, line)
    }

    @Test func keepGoingServesTheContractsThatLoad() throws {
        let good = try String(contentsOf: WorkspaceFile.package("Contracts/vprotect/vprotect-backups.openapi.yaml").url, encoding: .utf8)
        let fixture = try ContractFixture([("broken.yaml", ServeFailFastTests.broken), ("good.yaml", good)])
        defer { fixture.remove() }
        let (process, port, line) = try Self.serve(["--keep-going", fixture.folder])
        #expect(line.hasSuffix(" (16 operations from 1 files)"))
        #expect(try LoopbackConnection(port: port).statuses(of: [Self.listBackups]) == [200])
        #expect(process.errors.hasPrefix("\(fixture.folder)/broken.yaml:2:7: error: "))
        #expect(process.stop() == 0)
    }

    @Test func anUnreadStandardOutputNeverStopsTheAnswers() throws {
        let (process, port, _) = try Self.serve([Self.contracts])
        let probe = try LoopbackConnection(port: port)
        var statuses: [Int] = []
        for _ in 0..<100 {
            statuses += try probe.statuses(of: Array(repeating: Self.listBackups, count: 100))
        }
        #expect(statuses == Array(repeating: 200, count: 10_000))
        #expect(process.stop() == 0, "SIGTERM ends the server within 5 s")
        let dropped = process.errors.split(separator: "\n").first { $0.hasPrefix("mimic: ") && $0.contains(" log lines dropped: ") }
        #expect(dropped != nil, "the dropped log lines are counted on stderr: \(process.errors)")
    }

    @Test func aClosedStandardOutputNeverEndsTheServer() throws {
        let (process, port, _) = try Self.serve([Self.contracts])
        try process.output.fileHandleForReading.close()
        let probe = try LoopbackConnection(port: port)
        #expect(try probe.statuses(of: Array(repeating: Self.listBackups, count: 300)) == Array(repeating: 200, count: 300))
        #expect(process.process.isRunning)
        #expect(process.stop() == 0, "exits 0 on SIGTERM, not 141 from SIGPIPE")
    }

    @Test func jsonLogLinesCarryTheEntry() throws {
        let (process, port, _) = try Self.serve(["--log-format", "json", Self.contracts])
        #expect(try LoopbackConnection(port: port).statuses(of: ["GET /api/backups?status=BOGUS HTTP/1.1\r\nHost: t\r\n\r\n"]) == [422])
        #expect(process.stop() == 0)
        let log = String(decoding: process.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let line = try #require(log.split(separator: "\n").first)
        #expect(line.hasPrefix(#"{"sequence":1,"method":"GET","target":"/api/backups?status=BOGUS","status":422,"operationId":"listBackups","milliseconds":"#))
        #expect(line.hasSuffix(#","violations":1}"#))
    }

    @Test func quietLogsNoRequest() throws {
        let (process, port, line) = try Self.serve(["--quiet", Self.contracts])
        #expect(line.hasPrefix("mimic listening on "))
        #expect(try LoopbackConnection(port: port).statuses(of: [Self.listBackups, Self.listBackups]) == [200, 200])
        #expect(process.stop() == 0)
        #expect(process.output.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    @Test func aSignalSentTheMomentItListensStopsIt() throws {
        // The race this pins (a signal between the listening line and the wait for it) is narrow: try it often.
        for signal in Array(repeating: [SIGTERM, SIGINT], count: 6).joined() {
            let (process, _, _) = try Self.serve(["--no-watch", Self.contracts])
            #expect(process.stop(with: signal) == 0, "signal \(signal) sent as soon as the listening line is read ends the server with 0")
        }
    }

    @Test func aHangUpReloadsAndTheServerStillStopsOnTermination() throws {
        let (process, port, _) = try Self.serve(["--no-watch", Self.contracts])
        kill(process.process.processIdentifier, SIGHUP)
        #expect(try LoopbackConnection(port: port).statuses(of: [Self.listBackups]) == [200])
        #expect(process.stop() == 0)
        let log = String(decoding: process.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("mimic reloaded "), "SIGHUP reloads: \(log)")
    }
}
