import Foundation
import MimicTestSupport
import Testing
@testable import Mimic

/// A Postman saved response over a real socket: its saved headers sent once each, but those the server writes
/// itself, the encoding of a body it no longer has, and CORS fields, which Mimic answers for the request's origin.
@Suite struct PostmanLiveTests {
    @Test func savedHeadersAreSentButTheServersOwn() async throws {
        let server = try MockServer(contractsAt: [WorkspaceFile.package("Tests/Fixtures/pets.postman_collection.json").path])
        try server.start()
        defer { server.stop() }
        let connection = try LoopbackConnection(port: server.port!)
        try connection.send(LoopbackConnection.request(
            "/v1/pets/7", headers: ["Authorization: Bearer t", "Origin: http://localhost:3000"]))
        let text = String(decoding: try connection.readUntilClosed().bytes, as: UTF8.self)
        let (head, body) = try #require(text.range(of: "\r\n\r\n").map { (text[..<$0.lowerBound], text[$0.upperBound...]) })
        let names = head.split(separator: "\r\n").dropFirst().map { $0.prefix { $0 != ":" }.lowercased() }
        #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(names.sorted() == [
            "access-control-allow-credentials", "access-control-allow-origin", "access-control-expose-headers", "connection",
            "content-length", "content-type", "date", "etag", "set-cookie", "set-cookie", "vary", "x-request-id",
        ])
        #expect(head.contains("\r\nContent-Type: application/json; charset=utf-8\r\n"))
        #expect(head.contains("\r\nAccess-Control-Allow-Origin: http://localhost:3000\r\n"))
        #expect(head.contains("\r\nContent-Length: 21\r\n") && head.contains("\r\nConnection: close"))
        #expect(body == #"{"id":7,"name":"Rex"}"#)
    }
}
