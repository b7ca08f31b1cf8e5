import Foundation
import MimicHTTP
import Synchronization
@testable import MimicHTTPTypes

/// Answers GET with `hello`, echoes the body of other methods, and names the path in `X-Path`.
let echoHandler: @Sendable (HTTPRequest) -> HTTPResponse = { request in
    var response = request.body.isEmpty && request.method != "POST"
        ? HTTPResponse(status: 200, text: "hello")
        : HTTPResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: request.body)
    response.headers.add("X-Path", request.target)
    return response
}

/// Runs `body` with a started server on a free port, stopping it afterwards.
func withServer(
    _ configuration: HTTPServer.Configuration = .init(),
    handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse = echoHandler,
    _ body: (HTTPServer, Int) throws -> Void
) throws {
    let server = HTTPServer(configuration: configuration, handler: handler)
    let port = try server.start()
    defer { server.stop() }
    try body(server, port)
}

/// A GET of `path` with the Host field.
func get(_ path: String, _ extraHeaders: String = "") -> String {
    "GET \(path) HTTP/1.1\r\nHost: test\r\n\(extraHeaders)\r\n"
}

/// Waits up to 5 s until no client waits in the accept queue of the socket listening on 127.0.0.1:`port` (the
/// kernel's count, the `rx_queue` of its LISTEN line in /proc/net/tcp); false when some still wait.
func acceptQueueEmpties(port: Int) throws -> Bool {
    let hexadecimalPort = String(port, radix: 16, uppercase: true)
    let localAddress = "0100007F:" + String(repeating: "0", count: max(0, 4 - hexadecimalPort.count)) + hexadecimalPort
    for _ in 0..<500 {
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let lines: [[Substring]] = table.split(separator: "\n").map { $0.split(separator: " ") }
        let listening = lines.first { fields in fields.count > 4 && fields[1] == localAddress && fields[3] == "0A" }
        if let queues = listening?[4].split(separator: ":"), queues.count == 2, Int(queues[1], radix: 16) == 0 {
            return true
        }
        usleep(10_000)
    }
    return false
}

/// A handler answering as `inner` does, which holds the event loop running it on a request for `/hold` until
/// ``release()``, noting the loop's thread name.
final class HoldingHandler: Sendable {
    private let inner: @Sendable (HTTPRequest) -> HTTPResponse
    private let entered = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let held = Mutex("")

    init(answering inner: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.inner = inner
    }

    /// The handler to give the server.
    var handler: @Sendable (HTTPRequest) -> HTTPResponse {
        { [self] request in
            if request.target == "/hold" {
                let name = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? ""
                held.withLock { $0 = name.trimmingCharacters(in: .newlines) }
                entered.signal()
                released.wait()
            }
            return inner(request)
        }
    }

    /// The name of the thread the last `/hold` held.
    var heldThread: String {
        held.withLock { $0 }
    }

    /// Waits until a `/hold` holds its loop.
    func waitUntilHolding() {
        entered.wait()
    }

    /// Lets one held `/hold` be answered (or the next one through at once).
    func release() {
        released.signal()
    }
}
