import Foundation
import Mimic
import MimicTestSupport
import Testing

/// An answer larger than the proxy checks whole is passed on piece by piece: whole and unchanged for the client,
/// its status, headers and `Content-Type` still checked (on the forwarding tests' contract: `GET /items` answers a
/// JSON array).
@Suite struct ProxyStreamingLiveTests {
    /// A JSON array of `count` numbers, about 7 bytes each.
    static func array(_ count: Int) -> [UInt8] {
        Array(("[" + (0..<count).map { String(100_000 + $0) }.joined(separator: ",") + "]").utf8)
    }

    @Test func passesOnALargeBodyWholeCheckingItsContentTypeOnly() throws {
        let body = Self.array(300_000)
        let upstream = try ScriptedUpstream { request in
            let contentType = request.hasPrefix("GET /items?wrong") ? "text/csv" : "application/json"
            return .bytes(Array("HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
        }
        defer { upstream.stop() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(upstream.port)", contracts: try ProxyForwardingLiveTests.contracts(), maxBodySize: 64 * 1024)
        defer { proxy.stop() }
        let reader = HTTPClient(endpoint: proxy.client.endpoint, configuration: .init(maxBodySize: 8 * 1024 * 1024))

        let right = try reader.send(HTTPRequest(method: "GET", target: "/items"))
        #expect(right.status == 200)
        #expect(right.headers["Content-Length"] == String(body.count))
        #expect(right.body == body)
        let wrong = try reader.send(HTTPRequest(method: "GET", target: "/items?wrong"))
        #expect(wrong.body == body)
        #expect(proxy.journal == [
            "GET /items 200",
            "GET /items?wrong 200\n  response.header Content-Type  media-type",
        ])
    }
}
