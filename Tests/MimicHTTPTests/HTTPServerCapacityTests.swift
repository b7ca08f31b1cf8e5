import Foundation
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0, at a small connection cap: clients holding connections without sending requests
/// cannot lock out a new client.
@Suite struct HTTPServerCapacityTests {
    /// Expects the whole answer of `echoHandler` to a keep-alive GET.
    private func expectHello(_ response: TestResponse, path: String = "/") {
        #expect(response.statusLine == "HTTP/1.1 200 OK")
        #expect(response.headers.map(\.name) == ["Date", "Content-Type", "X-Path", "Content-Length", "Connection"])
        #expect(response.headers["X-Path"] == path)
        #expect(response.headers["Connection"] == "keep-alive")
        #expect(response.text == "hello")
    }

    @Test func theLongestIdleKeepAliveConnectionMakesRoomForANewClient() throws {
        try withServer(.init(maxConnections: 4)) { _, port in
            let idle = try (0..<4).map { _ in try TestClient(port: port) }
            for client in idle {
                try client.send(get("/"))
                expectHello(try client.readResponse())
            }
            let newcomer = try TestClient(port: port)
            try newcomer.send(get("/new"))
            expectHello(try newcomer.readResponse(), path: "/new")
            #expect(try idle[0].isClosedByServer())
            try idle[1].send(get("/kept"))
            expectHello(try idle[1].readResponse(), path: "/kept")
        }
    }

    @Test func connectionsSlowToSendTheirHeadMakeRoomOldestFirst() throws {
        try withServer(.init(headerTimeout: 60, maxConnections: 4)) { _, port in
            let slow = try (0..<4).map { _ in try TestClient(port: port) }
            for client in slow {
                try client.send("GET /slow HTTP/1.1\r\nHost: t\r\nX-Slow: ")
            }
            Thread.sleep(forTimeInterval: 0.05)
            let newcomer = try TestClient(port: port)
            try newcomer.send(get("/new"))
            expectHello(try newcomer.readResponse(), path: "/new")
            #expect(try slow[0].isClosedByServer())
            try slow[3].send("s\r\n\r\n")
            expectHello(try slow[3].readResponse(), path: "/slow")
        }
    }

    @Test func fourTimesTheCapOfIdleAndSlowConnectionsDoNotLockOutANewClient() throws {
        try withServer(.init(headerTimeout: 60, maxConnections: 8)) { _, port in
            let held = try (0..<32).map { index in
                let client = try TestClient(port: port)
                if index.isMultiple(of: 2) { try client.send("GET /par") }
                return client
            }
            let newcomer = try TestClient(port: port)
            try newcomer.send(get("/"))
            expectHello(try newcomer.readResponse())
            #expect(held.count == 32)
        }
    }

    /// Newcomers beyond the cap while the one loop holding every connection is busy in a handler: three claim
    /// the two idle connections and the held one (still counted as waiting while its handler runs inline); the
    /// fourth finds nothing to claim, waits for room 100 ms at most, and is answered 503. Once free, the loop
    /// serves the first two in the idle ones' places, and the third in the place of the held one, which it
    /// closes after its answer (the claim found it answered, so the third claimed the longest waiting: it).
    @Test func aNewcomerWaitsForRoomAtMostAHundredMillisecondsThenIsAnswered503() throws {
        let holding = HoldingHandler(answering: echoHandler)
        try withServer(.init(maxConnections: 3, eventLoops: 2, loopFallsBehindAfter: 60), handler: holding.handler) { _, port in
            defer { holding.release() }
            let idle = try (0..<2).map { _ in try TestClient(port: port) }
            for client in idle {
                try client.send(get("/"))
                expectHello(try client.readResponse())
            }
            let holder = try TestClient(port: port)
            try holder.send(get("/hold"))
            holding.waitUntilHolding()
            let newcomers = try (0..<4).map { _ in try TestClient(port: port) }
            for newcomer in newcomers {
                try newcomer.send(get("/new"))
            }
            #expect(try acceptQueueEmpties(port: port))
            Thread.sleep(forTimeInterval: 0.3)
            holding.release()
            let refused = try newcomers[3].readResponse()
            #expect(refused.statusLine == "HTTP/1.1 503 Service Unavailable")
            #expect(refused.headers["Connection"] == "close")
            #expect(refused.text == "The server has too many connections.\n")
            expectHello(try holder.readResponse(), path: "/hold")
            for newcomer in newcomers[..<3] {
                expectHello(try newcomer.readResponse(), path: "/new")
            }
            #expect(try (idle + [holder]).allSatisfy { try $0.isClosedByServer() })
        }
    }

    @Test func aHeadNotFinishedWithinTheHeaderTimeoutIs408AndASilentClientIsClosed() throws {
        try withServer(.init(idleTimeout: 60, headerTimeout: 0.2, requestTimeout: 60)) { _, port in
            let slow = try TestClient(port: port)
            try slow.send("GET /slow HTTP/1.1\r\nHost: t\r\n")
            let silent = try TestClient(port: port)
            let response = try slow.readResponse()
            #expect(response.statusLine == "HTTP/1.1 408 Request Timeout")
            #expect(response.headers["Connection"] == "close")
            #expect(response.text == "The request took too long to arrive.\n")
            #expect(try slow.isClosedByServer())
            #expect(try silent.isClosedByServer())
        }
    }

    @Test func theHeaderTimeoutDoesNotCutABodyOrAnIdleKeepAliveConnection() throws {
        try withServer(.init(idleTimeout: 60, headerTimeout: 0.2, requestTimeout: 60)) { _, port in
            let client = try TestClient(port: port)
            try client.send("POST /up HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhe")
            Thread.sleep(forTimeInterval: 0.4)
            try client.send("llo")
            let response = try client.readResponse()
            #expect(response.statusLine == "HTTP/1.1 200 OK")
            #expect(response.headers["X-Path"] == "/up")
            #expect(response.text == "hello")
            Thread.sleep(forTimeInterval: 0.4)
            try client.send(get("/"))
            expectHello(try client.readResponse())
        }
    }
}
