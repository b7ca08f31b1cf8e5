import Dispatch
import Foundation
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0: `stop()` answers what clients already sent before closing.
@Suite struct HTTPServerStopTests {
    /// Expects `echoHandler`'s answer to a GET of `path`, keeping the connection alive or closing it.
    private func expectHello(_ response: TestResponse, path: String, connection: String) {
        #expect(response.statusLine == "HTTP/1.1 200 OK")
        #expect(response.headers.map(\.name) == ["Date", "Content-Type", "X-Path", "Content-Length", "Connection"])
        #expect(response.headers["X-Path"] == path)
        #expect(response.headers["Connection"] == connection)
        #expect(response.text == "hello")
    }

    /// Stops `server` on another thread; returns once new clients are refused, with the semaphore signalled
    /// when `stop()` returns.
    private func beginStop(_ server: HTTPServer, port: Int) -> DispatchSemaphore {
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            server.stop()
            stopped.signal()
        }
        while (try? TestClient(port: port)) != nil {
            Thread.sleep(forTimeInterval: 0.001)
        }
        return stopped
    }

    @Test func stopAnswersEveryRequestAlreadySentAndClosesKeepAliveConnectionsAfterIt() throws {
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let server = HTTPServer(configuration: .init(handlerMayBlock: true, workerThreads: 1)) { request in
            if request.target == "/busy" {
                entered.signal()
                release.wait()
            }
            return echoHandler(request)
        }
        let port = try server.start()
        let idle = try TestClient(port: port)
        try idle.send(get("/"))
        expectHello(try idle.readResponse(), path: "/", connection: "keep-alive")
        let busy = try TestClient(port: port)
        try busy.send(get("/busy"))
        entered.wait()
        let pipelining = try TestClient(port: port)
        try pipelining.send(get("/a") + get("/b"))
        let queued = try TestClient(port: port)
        try queued.send(get("/c"))
        let partial = try TestClient(port: port)
        try partial.send("GET /late HTTP/1.1\r\nHost: t\r\n")
        Thread.sleep(forTimeInterval: 0.1)
        let stopped = beginStop(server, port: port)
        try partial.send("\r\n")
        release.signal()
        expectHello(try busy.readResponse(), path: "/busy", connection: "close")
        expectHello(try pipelining.readResponse(), path: "/a", connection: "keep-alive")
        expectHello(try pipelining.readResponse(), path: "/b", connection: "close")
        expectHello(try queued.readResponse(), path: "/c", connection: "close")
        expectHello(try partial.readResponse(), path: "/late", connection: "close")
        for client in [idle, busy, pipelining, queued, partial] {
            #expect(try client.isClosedByServer())
        }
        stopped.wait()
        #expect(server.port == nil)
    }

    @Test func aRequestNeverFinishedIsClosedAtTheEndOfTheGracePeriod() throws {
        let server = HTTPServer(configuration: .init(headerTimeout: 60, requestTimeout: 60, stopGracePeriod: 0.2),
                                handler: echoHandler)
        let port = try server.start()
        let partial = try TestClient(port: port)
        try partial.send("POST /never HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc")
        Thread.sleep(forTimeInterval: 0.05)
        let stopped = beginStop(server, port: port)
        #expect(try partial.isClosedByServer())
        stopped.wait()
        #expect(server.port == nil)
    }
}
