/// Where an ``HTTPClient`` sends its requests: an `http://host[:port][/base]` URL, read once.
///
/// Request targets are sent after ``basePath`` (`http://api.local/v2` and `/pets?limit=1` give `/v2/pets?limit=1`).
public struct HTTPEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// The host as written, without the brackets of an IPv6 literal.
    public let host: String
    /// The port, 80 when the URL gives none.
    public let port: Int
    /// The path before every request target, without a trailing `/`; empty for none.
    public let basePath: String

    /// Reads `url`, which must be `http://host[:port][/path]` (no user, query or fragment).
    ///
    /// - Throws: ``HTTPClientError/unsupportedScheme(_:)`` for `https://`, ``HTTPClientError/invalidURL(_:reason:)``
    ///   for anything else that is not such a URL.
    public init(_ url: String) throws(HTTPClientError) {
        let lowercased = url.lowercased()
        if lowercased.hasPrefix("https://") { throw .unsupportedScheme(url) }
        guard lowercased.hasPrefix("http://") else { throw .invalidURL(url, reason: "it must start with http://") }
        let rest = url.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let path = rest[authority.endIndex...]
        guard !path.contains("?"), !path.contains("#") else { throw .invalidURL(url, reason: "it may not have a query or fragment") }
        guard !authority.contains("@") else { throw .invalidURL(url, reason: "it may not carry a user name or password") }
        guard path.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw .invalidURL(url, reason: "its path must be ASCII without spaces (percent-encode the rest)")
        }
        (host, port) = try Self.hostAndPort(authority, of: url)
        basePath = String(path.hasSuffix("/") ? path.dropLast() : path)
    }

    /// `http://host:port/base`.
    public var description: String {
        "http://\(authority)\(basePath)"
    }

    /// `host:port` as a `Host` field gives it (IPv6 literals in brackets).
    public var authority: String {
        (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    /// The target sent for `target`: an origin-form target (`/pets?limit=1`) after ``basePath``, any other as it is.
    public func target(for target: String) -> String {
        target.hasPrefix("/") ? basePath + target : target
    }

    private static func hostAndPort(_ authority: Substring, of url: String) throws(HTTPClientError) -> (String, Int) {
        var host = authority
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .invalidURL(url, reason: "its IPv6 address lacks ']'") }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { throw .invalidURL(url, reason: "unexpected text after ']'") }
            portText = after.isEmpty ? nil : after.dropFirst()
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        }
        guard !host.isEmpty else { throw .invalidURL(url, reason: "it has no host") }
        guard let portText else { return (String(host), 80) }
        guard let port = Int(portText), (1...65535).contains(port), portText.allSatisfy(\.isASCII) else {
            throw .invalidURL(url, reason: "its port must be a number from 1 to 65535")
        }
        return (String(host), port)
    }
}
