/// Why the real server behind a proxy gave no answer to pass on, as the proxy's transport tells the engine
/// (which knows no sockets): the kind decides the status answered instead, the reason is shown to the client.
public struct UpstreamFailure: Error, Sendable, Hashable {
    /// What went wrong, each answered with its own gateway status.
    public enum Kind: Sendable, Hashable {
        /// The server could not be reached (name, connection refused, request not sent): 502.
        case unreachable
        /// The server did not answer in time: 504.
        case timeout
        /// The server's answer is not HTTP, is cut short, or is larger than the proxy accepts: 502.
        case invalidResponse
    }

    public var kind: Kind
    /// A sentence saying what happened (`cannot connect to 127.0.0.1:8080: Connection refused (errno 111)`).
    public var reason: String

    public init(_ kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}
