import Foundation
import MimicTestSupport
import Testing
@testable import Mimic

/// `mimic serve` as a CI job runs it, as a process of its own: requests, SIGTERM, then the exit status, standard
/// error and the report files.
@Suite(.enabled(if: SeedOperationsLiveTests.mimicBuilt, "the mimic binary is not built beside the tests; run `swift build` first"))
struct ServeReportLiveTests {
    /// A running `mimic serve --port 0 ARGUMENTS… Contracts`, its standard output and error piped.
    final class ServeProcess {
        let process = Process()
        private let output = Pipe()
        private let errors = Pipe()
        /// The port read from the readiness line.
        private(set) var port = 0

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: SeedOperationsLiveTests.mimicBinary)
            process.arguments = ["serve", "--port", "0"] + arguments + [MockServerTests.contracts]
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let read = output.fileHandleForReading.availableData
                guard !read.isEmpty else { break }
                line += read
            }
            let prefix = "mimic listening on http://127.0.0.1:"
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix(prefix), let port = Int(text.dropFirst(prefix.count).prefix { $0.isNumber }) else {
                process.terminate()
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no readiness line: \(text)"])
            }
            self.port = port
        }

        /// Sends `GET target` (or `method`) and returns the status.
        @discardableResult
        func send(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> Int {
            try await LiveClient.send(URL(string: "http://127.0.0.1:\(port)\(target)")!, method: method, headers: headers).status
        }

        /// Sends SIGTERM and waits up to 10 s for the exit: its status (nil if it had to be killed) and standard error.
        func terminate() -> (status: Int32?, errors: String) {
            process.terminate()
            for _ in 0..<200 where process.isRunning {
                usleep(50_000)
            }
            guard !process.isRunning else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return (nil, "")
            }
            let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return (process.terminationStatus, errorText)
        }
    }

    @Test func sigtermWritesBothReportsAndFailOnInvalidNamesThem() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-live-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("mimic.json").path, xml = folder.appendingPathComponent("mimic.xml").path
        let server = try ServeProcess(["--report", json, "--report", xml, "--fail-on-invalid"])
        #expect(try await server.send("/api/backups?status=FAILED") == 200)
        #expect(try await server.send("/api/backups?status=SUCCESS") == 200)
        #expect(try await server.send("/api/backups?status=BOGUS") == 422)
        #expect(try await server.send("/v1/backup_definitions/42", headers: ["Authorization": "Bearer t"]) == 200)
        #expect(try await server.send("/no/such/route") == 404)
        let (status, errors) = server.terminate()
        #expect(status == 1)
        #expect(errors == "mimic: 2 invalid requests (see \(json), \(xml))\n")

        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect(report["totals"] as? [String: Int] == ["requests": 5, "invalid": 2, "invalidListed": 2, "invalidLeftOut": 0])
        let invalid = try #require(report["invalidRequests"] as? [String: [[String: Any]]])
        #expect(invalid["routed"]?.map { $0["target"] as? String } == ["/api/backups?status=BOGUS"])
        #expect(invalid["unmatched"]?.map { $0["target"] as? String } == ["/no/such/route"])
        let coverage = try #require(report["coverage"] as? [String: Any])
        #expect((coverage["totals"] as? [String: Any])?["operations"] as? [String: Double] == ["total": 49, "called": 2, "percent": 4.1])

        let root = try #require(XMLTree.parse(try Data(contentsOf: URL(fileURLWithPath: xml))))
        #expect(([root] + root.children("testsuite")).flatMap(\.countProblems) == [])
        #expect(root.attributes["tests"] == "50")
        #expect(root.attributes["failures"] == "2")
        #expect(root.attributes["skipped"] == "47")
        let list = try #require(root.descendants("testcase").first { $0.attributes["name"] == "GET /api/backups" })
        #expect(list.children("failure").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["mimic.json", "mimic.xml"])
    }

    @Test func minCoverageFailsBelowTheFigureAndPassesAtIt() async throws {
        let below = try ServeProcess(["--min-coverage", "50"])
        try await below.send("/v1/backup_definitions/42", headers: ["Authorization": "Bearer t"])
        let failed = below.terminate()
        #expect(failed.status == 1)
        #expect(failed.errors == "mimic: operation coverage 2.0% (1 of 49 operations called) is below --min-coverage 50\n")

        let met = try ServeProcess(["--min-coverage", "2"])
        try await met.send("/v1/backup_definitions/42", headers: ["Authorization": "Bearer t"])
        let passed = met.terminate()
        #expect(passed.status == 0)
        #expect(passed.errors == "")
    }
}
