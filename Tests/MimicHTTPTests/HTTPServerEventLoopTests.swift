import Dispatch
import Foundation
import Testing
@testable import MimicHTTP
@testable import MimicHTTPTypes

/// Live tests on port 0: several event loops each serve their own connections, answering cheap requests
/// themselves; idle connections cost the loops nothing.
@Suite struct HTTPServerEventLoopTests {
    /// Answers `hello`, naming in `X-Thread` the thread that ran it (its name as the system knows it).
    private static let threadNamingHandler: @Sendable (HTTPRequest) -> HTTPResponse = { _ in
        let name = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? ""
        return HTTPResponse(status: 200, headers: ["X-Thread": name.trimmingCharacters(in: .newlines)], body: Array("hello".utf8))
    }

    private func threadAnswering(_ request: String, port: Int) throws -> String? {
        let client = try TestClient(port: port)
        try client.send(request)
        let response = try client.readResponse()
        #expect(response.statusLine == "HTTP/1.1 200 OK")
        #expect(response.text == "hello")
        return response.headers["X-Thread"]
    }

    @Test func aGetIsAnsweredOnTheEventLoopAndALargeBodyOnItsOwnThread() throws {
        try withServer(.init(eventLoops: 1, largeBodySize: 1_024), handler: Self.threadNamingHandler) { _, port in
            let getThread = try threadAnswering(get("/"), port: port)
            #expect(getThread == "mimic-loop-0")
            let large = String(repeating: "x", count: 1_024)
            let post = "POST /large HTTP/1.1\r\nHost: test\r\nContent-Length: 1024\r\n\r\n" + large
            let postThread = try threadAnswering(post, port: port)
            #expect(postThread == "mimic-body-0")
        }
    }

    @Test func aHandlerThatMayBlockAnswersEveryRequestOnAWorker() throws {
        try withServer(.init(eventLoops: 1, handlerMayBlock: true, workerThreads: 1), handler: Self.threadNamingHandler) { _, port in
            let threads = try [threadAnswering(get("/"), port: port), threadAnswering(get("/again"), port: port)]
            #expect(threads == ["mimic-worker-0", "mimic-worker-0"])
        }
    }

    @Test func whileALoopIsHeldByItsHandlerAnotherAcceptsAndAnswers() throws {
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            if request.target == "/hold" {
                entered.signal()
                release.wait()
            }
            return Self.threadNamingHandler(request)
        }
        try withServer(.init(eventLoops: 2), handler: handler) { _, port in
            // Released however the test ends, so that a failure cannot leave the server's stop waiting on it.
            defer { release.signal() }
            let held = try TestClient(port: port)
            try held.send(get("/hold"))
            entered.wait()
            let other = try threadAnswering(get("/other"), port: port)
            release.signal()
            let heldResponse = try held.readResponse()
            #expect(heldResponse.text == "hello")
            let loops = Set([heldResponse.headers["X-Thread"], other])
            #expect(loops == ["mimic-loop-0", "mimic-loop-1"])
        }
    }

    @Test func theLongestIdleConnectionOfAnotherLoopMakesRoomForANewClient() throws {
        let entered = DispatchSemaphore(value: 0)
        let releases = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let handler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            if let index = ["/hold/0", "/hold/1"].firstIndex(of: request.target) {
                entered.signal()
                releases[index].wait()
            }
            return Self.threadNamingHandler(request)
        }
        try withServer(.init(maxConnections: 4, eventLoops: 2), handler: handler) { _, port in
            defer { releases.forEach { $0.signal() } }
            // One loop is held, so the idle clients are the other's; then that one is held in turn.
            let firstHeld = try TestClient(port: port)
            try firstHeld.send(get("/hold/0"))
            entered.wait()
            let idle = try (0..<2).map { _ in try TestClient(port: port) }
            var idleLoops: Set<String?> = []
            for client in idle {
                try client.send(get("/"))
                idleLoops.insert(try client.readResponse().headers["X-Thread"])
            }
            let secondHeld = try TestClient(port: port)
            try secondHeld.send(get("/hold/1"))
            entered.wait()
            releases[0].signal()
            let firstLoop = try firstHeld.readResponse().headers["X-Thread"]
            // Full: the newcomer, on the first loop, is admitted once the other loop, released, has closed its
            // longest idle connection.
            let newcomer = try TestClient(port: port)
            try newcomer.send(get("/new"))
            releases[1].signal()
            let secondLoop = try secondHeld.readResponse().headers["X-Thread"]
            let newcomerLoop = try newcomer.readResponse().headers["X-Thread"]
            #expect(try idle[0].isClosedByServer())
            try idle[1].send(get("/kept"))
            let kept = try idle[1].readResponse()
            #expect(kept.text == "hello")
            #expect(newcomerLoop == firstLoop)
            #expect(idleLoops == [secondLoop])
            #expect(Set([firstLoop, secondLoop]) == ["mimic-loop-0", "mimic-loop-1"])
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aThousandIdleKeepAliveConnectionsLeaveRequestsOnAnotherAnswered() throws {
        try withServer(.init(maxConnections: 1_100)) { _, port in
            let idle = try (0..<1_000).map { index in
                let client = try TestClient(port: port)
                try client.send(get("/idle/\(index)"))
                let response = try client.readResponse()
                #expect(response.headers["X-Path"] == "/idle/\(index)")
                return client
            }
            let active = try TestClient(port: port)
            for index in 0..<200 {
                try active.send(get("/active/\(index)"))
                let response = try active.readResponse()
                #expect(response.headers["X-Path"] == "/active/\(index)")
                #expect(response.headers["Connection"] == "keep-alive")
            }
            for client in [idle[0], idle[999]] {
                try client.send(get("/again"))
                let response = try client.readResponse()
                #expect(response.text == "hello")
            }
        }
    }

    @Test func pipelinedRequestsAnsweredOnTheLoopArriveInOrderWrittenTogether() throws {
        try withServer(.init(eventLoops: 1)) { _, port in
            let client = try TestClient(port: port)
            try client.send((0..<20).map { get("/\($0)") }.joined())
            for index in 0..<20 {
                let response = try client.readResponse()
                #expect(response.headers["X-Path"] == "/\(index)")
                #expect(response.headers["Connection"] == "keep-alive")
            }
            #expect(!client.hasBytesWaiting())
        }
    }
}
