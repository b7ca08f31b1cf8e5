import Foundation
import MimicTestSupport
import Testing
@testable import Mimic

/// CORS through a live `MockServer`: what a browser sends, as URLSession sends it.
@Suite struct CORSLiveTests {
    static let origin = "http://127.0.0.1:8000"

    @Test func aCrossOriginGetIsReadableAndItsPreflightAnswered() async throws {
        let server = try MockServer(contractsAt: [MockServerTests.contracts])
        try server.start()
        defer { server.stop() }
        let url = server.baseURL.appendingPathComponent("api/3/stacks/abc/backups")
        let reply = try await LiveClient.send(url, headers: ["Origin": Self.origin])
        #expect(reply.status == 200)
        #expect(reply.headers["access-control-allow-origin"] == Self.origin)
        #expect(reply.headers["access-control-allow-credentials"] == "true")
        #expect(reply.headers["vary"] == "Origin")
        #expect(reply.headers["access-control-expose-headers"] == "Content-Type, X-RateLimit-Limit, X-RateLimit-Remaining")
        let preflight = try await LiveClient.send(url, method: "OPTIONS", headers: [
            "Origin": Self.origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, x-trace",
        ])
        #expect(preflight.status == 204)
        #expect(preflight.headers["access-control-allow-methods"] == "GET, POST, HEAD")
        #expect(preflight.headers["access-control-allow-headers"] == "content-type, x-trace")
        #expect(preflight.headers["access-control-max-age"] == "600")
        #expect(server.journal.recordedCount == 1)
        #expect(server.journal.invalidCount == 0)
    }

    @Test func withCORSOffAPreflightIsTheUsual405() async throws {
        let server = try MockServer(contractsAt: [MockServerTests.contracts], configuration: .init(cors: false))
        try server.start()
        defer { server.stop() }
        let url = server.baseURL.appendingPathComponent("api/3/stacks/abc/backups")
        let preflight = try await LiveClient.send(url, method: "OPTIONS", headers: ["Origin": Self.origin, "Access-Control-Request-Method": "POST"])
        #expect(preflight.status == 405)
        #expect(preflight.headers["access-control-allow-origin"] == nil)
        let reply = try await LiveClient.send(url, headers: ["Origin": Self.origin])
        #expect(reply.headers["access-control-allow-origin"] == nil)
    }

    /// An answer of the HTTP layer itself (here 413, the declared body being over 10 MiB) is readable by the page
    /// too, so that it sees the status rather than a network error; with CORS off it carries no CORS field.
    @Test(arguments: [true, false])
    func aBodyTooLargeIsReadableFromTheOriginWhenCORSIsOn(cors: Bool) throws {
        let server = try MockServer(contractsAt: [MockServerTests.contracts], configuration: .init(cors: cors))
        try server.start()
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port!)
        try connection.send("POST /api/backups HTTP/1.1\r\nHost: t\r\nOrigin: \(Self.origin)\r\nContent-Length: 20000000\r\n\r\n")
        let head = String(decoding: try connection.readUntilClosed().bytes, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n").filter { !$0.hasPrefix("Date: ") }
        let corsLines = cors ? [
            "Access-Control-Allow-Origin: \(Self.origin)", "Access-Control-Allow-Credentials: true", "Vary: Origin",
            "Access-Control-Expose-Headers: Content-Type",
        ] : []
        #expect(lines == ["HTTP/1.1 413 Content Too Large", "Content-Type: text/plain; charset=utf-8"] + corsLines
            + ["Content-Length: 31", "Connection: close"])
    }
}
