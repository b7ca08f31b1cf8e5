/// The HTTP/1.x protocol versions this server speaks.
public enum HTTPVersion: Sendable, Equatable, CustomStringConvertible {
    /// HTTP/1.0: connections close after each response unless the client asks for keep-alive.
    case http10
    /// HTTP/1.1: persistent connections, `Host` required.
    case http11

    /// The version as written on the request and status lines (`HTTP/1.1`).
    public var description: String {
        switch self {
        case .http10: "HTTP/1.0"
        case .http11: "HTTP/1.1"
        }
    }
}
