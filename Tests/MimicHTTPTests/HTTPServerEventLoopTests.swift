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

    /// Clients fill the loops in order: while the first keeps up, it serves every new client, whichever loop the
    /// kernel woke to accept it.
    @Test func clientsGoToTheFirstLoopWhileItKeepsUp() throws {
        try withServer(.init(eventLoops: 2, loopFallsBehindAfter: 60), handler: Self.threadNamingHandler) { _, port in
            let clients = try (0..<6).map { _ in try TestClient(port: port) }
            for client in clients {
                try client.send(get("/"))
                #expect(try client.readResponse().headers["X-Thread"] == "mimic-loop-0")
            }
        }
    }

    /// An endless or meaningless fall-behind time is taken within bounds (an hour; 0) rather than trapping.
    @Test func anyFallBehindTimeIsTakenWithinBounds() throws {
        for seconds in [Double.infinity, .nan, -1, 1e300] {
            try withServer(.init(eventLoops: 2, loopFallsBehindAfter: seconds)) { _, port in
                let client = try TestClient(port: port)
                try client.send(get("/"))
                #expect(try client.readResponse().text == "hello")
            }
        }
    }

    /// A loop busy for longer than `loopFallsBehindAfter` (0 here: any round) takes no new client; another does.
    @Test func whileALoopIsHeldByItsHandlerAnotherAcceptsAndAnswers() throws {
        let holding = HoldingHandler(answering: Self.threadNamingHandler)
        try withServer(.init(eventLoops: 2, loopFallsBehindAfter: 0), handler: holding.handler) { _, port in
            // Released however the test ends, so that a failure cannot leave the server's stop waiting on it.
            defer { holding.release() }
            let held = try TestClient(port: port)
            try held.send(get("/hold"))
            holding.waitUntilHolding()
            let other = try threadAnswering(get("/other"), port: port)
            holding.release()
            let heldResponse = try held.readResponse()
            #expect(heldResponse.text == "hello")
            let loops = Set([heldResponse.headers["X-Thread"], other])
            #expect(loops == ["mimic-loop-0", "mimic-loop-1"])
        }
    }

    /// A new client beyond `maxConnections` closes the connection waiting longest for a request, even when
    /// another loop serves it: that loop is busy in a handler when asked, and closes it once free.
    @Test func theLongestIdleConnectionOfAnotherLoopMakesRoomForANewClient() throws {
        let holding = HoldingHandler(answering: Self.threadNamingHandler)
        try withServer(.init(maxConnections: 3, eventLoops: 2, loopFallsBehindAfter: 0), handler: holding.handler) { _, port in
            defer { (0..<2).forEach { _ in holding.release() } }
            // One idle client on each loop: the second is accepted while the first holds its loop.
            let first = try TestClient(port: port)
            try first.send(get("/hold"))
            holding.waitUntilHolding()
            let second = try TestClient(port: port)
            try second.send(get("/other"))
            let secondThread = try second.readResponse().headers["X-Thread"]
            holding.release()
            let firstThread = try first.readResponse().headers["X-Thread"]
            #expect(Set([firstThread, secondThread]) == ["mimic-loop-0", "mimic-loop-1"])
            // A third client holds a loop; the idle client of the other loop asks again, so that the one of the
            // held loop is the longest idle.
            let holder = try TestClient(port: port)
            try holder.send(get("/hold"))
            holding.waitUntilHolding()
            let held = holding.heldThread
            let (idleOnHeldLoop, idleElsewhere) = firstThread == held ? (first, second) : (second, first)
            try idleElsewhere.send(get("/again"))
            #expect(try idleElsewhere.readResponse().headers["X-Thread"] != held)
            // The server is full: the newcomer, accepted by the free loop (the kernel's accept queue empties),
            // waits for the held one to make room.
            let newcomer = try TestClient(port: port)
            try newcomer.send(get("/new"))
            #expect(try acceptQueueEmpties(port: port))
            holding.release()
            #expect(try holder.readResponse().text == "hello")
            #expect(try newcomer.readResponse().text == "hello")
            #expect(try idleOnHeldLoop.isClosedByServer())
            try idleElsewhere.send(get("/kept"))
            #expect(try idleElsewhere.readResponse().text == "hello")
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
