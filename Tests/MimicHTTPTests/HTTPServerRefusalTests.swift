import Foundation
import Synchronization
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0: every request the server answers on its own is reported, with what was read of it.
@Suite struct HTTPServerRefusalTests {
    /// A server reporting its refusals, the client sending `bytes`, and what was reported once `count`
    /// refusals came (or 10 s passed).
    private func refusals(
        after bytes: [String], count: Int = 1, configuration: HTTPServer.Configuration = .init()
    ) throws -> [HTTPServer.Refusal] {
        let heard = Mutex<[HTTPServer.Refusal]>([])
        let server = HTTPServer(configuration: configuration, onRefusal: { refusal in heard.withLock { $0.append(refusal) } },
                                handler: echoHandler)
        let port = try server.start()
        defer { server.stop() }
        for text in bytes {
            let client = try TestClient(port: port)
            try client.send(text)
            #expect(try client.readResponse().headers["Connection"] == "close")
        }
        let deadline = Date().addingTimeInterval(10)
        while heard.withLock({ $0.count }) < count, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        return heard.withLock { $0 }
    }

    @Test func malformedRequestsAreReportedWithTheMethodAndTargetRead() throws {
        let heard = try refusals(after: [
            "\u{1}garbage\r\n\r\n", "BREW /pot HTTP/1.1\r\nHost: t\r\n\r\n", "GET /x HTTP/2.0\r\nHost: t\r\n\r\n",
            "GET /a\u{7F} HTTP/1.1\r\nHost: t\r\n\r\n", "POST /p HTTP/1.1\r\nHost: t\r\nContent-Length: zz\r\n\r\n",
        ], count: 5)
        #expect(Set(heard.map { "\($0.status) \($0.method ?? "-") \($0.target ?? "-") \($0.reason)" }) == [
            "400 - - The request line is not 'METHOD target HTTP/1.x'.",
            "501 BREW /pot The request method is not implemented.",
            "505 GET /x Only HTTP/1.0 and HTTP/1.1 are supported.",
            "400 GET - The request target is malformed.",
            "400 POST /p The Content-Length is invalid.",
        ])
    }

    @Test func aRequestTooSlowAndABodyBeyondTheBudgetAreReported() throws {
        let slow = try refusals(after: ["PUT /slow HTTP/1.1\r\nHost: t\r\nX-"], configuration: .init(headerTimeout: 0.1))
        #expect(slow == [.init(status: 408, reason: "The request took too long to arrive.", method: "PUT", target: "/slow")])
        let overBudget = try refusals(after: ["POST /big HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n"],
                                      configuration: .init(bodyMemoryBudget: 10))
        #expect(overBudget == [.init(status: 503, reason: "The server is receiving too many request bodies; retry later.",
                                     method: "POST", target: "/big")])
    }

    /// The hook sees the fields read so far, also when reading stopped at a limit, and its answer is what is sent.
    @Test func aRefusalIsSentAsTheDecoratorChangesItGivenTheFieldsRead() throws {
        let server = HTTPServer(configuration: .init(maxBodySize: 10), decorateRefusal: { response, fields in
            var response = response
            response.headers.add("X-Origin-Read", fields["Origin"] ?? "none")
            return response
        }, handler: echoHandler)
        let port = try server.start()
        defer { server.stop() }
        let client = try TestClient(port: port)
        try client.send("POST /big HTTP/1.1\r\nHost: t\r\nOrigin: http://app.test\r\nContent-Length: 11\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.statusLine == "HTTP/1.1 413 Content Too Large")
        #expect(response.headers.map(\.name) == ["Date", "Content-Type", "X-Origin-Read", "Content-Length", "Connection"])
        #expect(response.headers["X-Origin-Read"] == "http://app.test")
        #expect(response.headers["Connection"] == "close")
    }
}
