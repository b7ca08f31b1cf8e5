/// Why an `HTTPServer` could not start. Each case keeps the `errno` of the failing system call.
public enum HTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The host is neither an IP literal nor a name that resolves (`getaddrinfo`'s code kept).
    case invalidHost(String, code: Int32)
    /// The address could not be bound: in use (`EADDRINUSE`), not local (`EADDRNOTAVAIL`), privileged
    /// port (`EACCES`)…
    case bindFailed(host: String, port: Int, errno: Int32)
    /// A system call needed to set up the server (`socket`, `listen`, `pipe`…) failed.
    case systemCallFailed(String, errno: Int32)
    /// `start()` was called on a server that is running or was stopped.
    case alreadyStarted

    /// A sentence a person can act on, with the system's own words for `errno`.
    public var description: String {
        switch self {
        case .invalidHost(let host, let code):
            "cannot resolve host '\(host)': \(SystemError.resolverMessage(code))"
        case .bindFailed(let host, let port, let errno):
            "cannot listen on \(host):\(port): \(Self.describe(errno))"
                + (errno == SystemError.addressInUse ? " (another process uses this port; choose another or 0)" : "")
        case .systemCallFailed(let call, let errno):
            "\(call) failed: \(Self.describe(errno))"
        case .alreadyStarted:
            "the server was already started"
        }
    }

    private static func describe(_ errno: Int32) -> String {
        "\(SystemError.message(errno)) (errno \(errno))"
    }
}
