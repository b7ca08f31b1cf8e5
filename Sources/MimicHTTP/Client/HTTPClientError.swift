/// Why an ``HTTPClient`` exchange failed. Each case says what a person can check; system failures keep `errno`.
public enum HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is not `http://host[:port][/path]`.
    case invalidURL(String, reason: String)
    /// The URL is `https://`: Mimic links no TLS library, so it speaks plain HTTP only.
    case unsupportedScheme(String)
    /// The host name does not resolve (`getaddrinfo`'s code kept).
    case cannotResolve(host: String, code: Int32)
    /// No address of the host accepted the connection (`ECONNREFUSED`, `ENETUNREACH`…).
    case connectFailed(host: String, port: Int, errno: Int32)
    /// The connection was not accepted within the connect timeout.
    case connectTimedOut(host: String, port: Int)
    /// The request could not be sent whole (the server closed or reset the connection).
    case sendFailed(errno: Int32)
    /// The whole response did not arrive within the response timeout.
    case responseTimedOut(seconds: Double)
    /// The server closed the connection before its response was complete.
    case incompleteResponse
    /// The bytes received are not an HTTP/1.1 response: what is wrong with them.
    case malformedResponse(String)
    /// The response's head (status line and header fields) is larger than the client accepts.
    case headTooLarge(limit: Int)
    /// The response's body is larger than the client accepts.
    case responseTooLarge(limit: Int)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .invalidURL(let url, let reason):
            "'\(url)' is not an http:// URL: \(reason)"
        case .unsupportedScheme(let url):
            "'\(url)': https is not supported (Mimic links no TLS library); use an http:// URL, e.g. a local TLS-terminating proxy"
        case .cannotResolve(let host, let code):
            "cannot resolve host '\(host)': \(SystemError.resolverMessage(code))"
        case .connectFailed(let host, let port, let errno):
            "cannot connect to \(host):\(port): \(SystemError.message(errno)) (errno \(errno))"
        case .connectTimedOut(let host, let port):
            "cannot connect to \(host):\(port): no answer within the connect timeout"
        case .sendFailed(let errno):
            "the request could not be sent: \(SystemError.message(errno)) (errno \(errno))"
        case .responseTimedOut(let seconds):
            "no complete response within \(Self.seconds(seconds))"
        case .incompleteResponse:
            "the connection closed before the response was complete"
        case .malformedResponse(let reason):
            "the response is not HTTP/1.1: \(reason)"
        case .headTooLarge(let limit):
            "the response head is larger than \(limit) bytes"
        case .responseTooLarge(let limit):
            "the response body is larger than \(limit) bytes"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
