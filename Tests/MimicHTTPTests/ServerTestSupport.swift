import MimicHTTP
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
