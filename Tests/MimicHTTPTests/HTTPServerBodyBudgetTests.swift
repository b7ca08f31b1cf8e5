import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0 with a tiny body budget: bodies being received cannot take more memory than it.
@Suite struct HTTPServerBodyBudgetTests {
    /// Expects the 503 of a body beyond the budget, then the close.
    private func expectOverBudget(_ client: TestClient) throws {
        let response = try client.readResponse()
        #expect(response.statusLine == "HTTP/1.1 503 Service Unavailable")
        #expect(response.headers.map(\.name) == ["Date", "Retry-After", "Content-Type", "Content-Length", "Connection"])
        #expect(response.headers["Retry-After"] == "1")
        #expect(response.headers["Connection"] == "close")
        #expect(response.text == "The server is receiving too many request bodies; retry later.\n")
        #expect(try client.isClosedByServer())
    }

    @Test func aDeclaredBodyBeyondTheBudgetIs503UntilTheBodiesHeldAreAnswered() throws {
        try withServer(.init(bodyMemoryBudget: 10)) { _, port in
            let holder = try TestClient(port: port)
            try holder.send("POST /held HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 8\r\n\r\n")
            // The interim answer comes once the 8 bytes are held.
            #expect(try holder.readResponse().statusLine == "HTTP/1.1 100 Continue")
            try holder.send("ab")
            let refused = try TestClient(port: port)
            try refused.send("POST /refused HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\n")
            try expectOverBudget(refused)
            let bodiless = try TestClient(port: port)
            try bodiless.send(get("/"))
            #expect(try bodiless.readResponse().text == "hello")
            try holder.send("cdefgh")
            let held = try holder.readResponse()
            #expect(held.statusLine == "HTTP/1.1 200 OK")
            #expect(held.text == "abcdefgh")
            let after = try TestClient(port: port)
            try after.send("POST /after HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello")
            let response = try after.readResponse()
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.text == "hello")
        }
    }

    @Test func chunksAreCountedAsTheyComeAndExpectContinueIsRefusedBeforeTheBody() throws {
        try withServer(.init(bodyMemoryBudget: 10)) { _, port in
            let chunked = try TestClient(port: port)
            try chunked.send("POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n")
            try chunked.send("6\r\nghij")
            try expectOverBudget(chunked)
            let expecting = try TestClient(port: port)
            try expecting.send("POST /e HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n")
            try expectOverBudget(expecting)
        }
    }
}
