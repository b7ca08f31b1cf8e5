import Dispatch
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Requests with large bodies are handled on a thread of their own, so that they never hold the threads
/// everyone else is answered on.
@Suite struct HTTPServerLargeBodyTests {
    @Test func aGetIsAnsweredWhileLargeBodiesHoldTheirThread() throws {
        let release = DispatchSemaphore(value: 0)
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            if request.body.count >= 1_024 { release.wait() }
            return echoHandler(request)
        }
        let large = String(repeating: "x", count: 2_048)
        let post = "POST /large HTTP/1.1\r\nHost: test\r\nContent-Length: 2048\r\n\r\n" + large
        try withServer(.init(workerThreads: 1, largeBodySize: 1_024), handler: handler) { _, port in
            // Released however the test ends, so that a failure cannot leave the server's stop waiting on them.
            defer { release.signal(); release.signal() }
            let first = try TestClient(port: port), second = try TestClient(port: port)
            try first.send(post)
            try second.send(post)
            let small = try TestClient(port: port)
            try small.send(get("/small"))
            let answer = try small.readResponse()
            #expect(answer.statusLine == "HTTP/1.1 200 OK")
            #expect(answer.text == "hello")
            release.signal()
            release.signal()
            #expect(try first.readResponse().text == large)
            #expect(try second.readResponse().text == large)
        }
    }
}
