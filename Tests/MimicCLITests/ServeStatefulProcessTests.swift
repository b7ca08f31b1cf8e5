import Foundation
import MimicTestSupport
import Testing

/// `mimic serve --stateful` as a process: the same sequence of requests against two fresh servers answers the
/// same bytes (the `Date` header aside).
@Suite struct ServeStatefulProcessTests {
    static let form = "Content-Type: application/x-www-form-urlencoded"

    /// A request with a body, asking the server to close the connection after answering.
    static func request(_ method: String, _ target: String, headers: [String] = [], body: String = "") -> String {
        (["\(method) \(target) HTTP/1.1", "Host: test", "Connection: close", "Content-Length: \(body.utf8.count)"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    static let sequence = [
        request("POST", "/v1/backup_definitions", headers: [form], body: "backup_definition[name]=Nightly&backup_definition[published]=true"),
        request("GET", "/v1/backup_definitions"),
        request("PUT", "/v1/backup_definitions/2082", headers: [form], body: "backup_definition[name]=Renamed"),
        request("POST", "/api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups?db_type=redis"),
        request("GET", "/api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups", headers: ["Mimic-Session: other"]),
        request("GET", "/api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups"),
        request("GET", "/__mimic/state"),
        request("POST", "/__mimic/reset"),
        request("GET", "/v1/backup_definitions"),
    ]

    /// Each answer of `sequence` from a fresh `mimic serve --stateful`, its `Date` header dropped.
    static func answers() throws -> [String] {
        let (process, port, _) = try ServeProcessTests.serve(["--stateful", "--quiet", ServeProcessTests.contracts])
        defer { _ = process.stop() }
        return try sequence.map { request in
            let connection = try LoopbackConnection(port: port)
            try connection.send(request)
            let text = String(decoding: try connection.readUntilClosed().bytes, as: UTF8.self)
            return text.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Date:") }.joined(separator: "\r\n")
        }
    }

    @Test func twoFreshServersAnswerTheSameSequenceByteForByte() throws {
        let first = try Self.answers()
        #expect(first.count == Self.sequence.count)
        #expect(first.allSatisfy { $0.hasPrefix("HTTP/1.1 2") })
        #expect(first[1].contains(#""name":"Nightly""#) && first[6].contains(#""name":"Renamed""#) && !first[8].contains("Nightly"))
        #expect(try Self.answers() == first)
    }
}
