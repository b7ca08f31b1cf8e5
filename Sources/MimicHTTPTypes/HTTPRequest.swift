/// An HTTP request as received: the request line split into its parts, the header fields in order and the
/// decoded body (chunked framing removed).
public struct HTTPRequest: Sendable, Equatable {
    /// The method token, case-sensitive (`GET`, `POST`…).
    public var method: String
    /// The request-target exactly as sent: origin-form (`/a/b?c`), absolute-form (`http://host/a`),
    /// asterisk-form (`*`) or authority-form (`host:443`, CONNECT only).
    public var target: String
    /// The path of the target, still percent-encoded, without query or fragment; `/` for an
    /// absolute-form target without path, the whole target for asterisk- and authority-form.
    public var path: String
    /// The query of the target (after `?`, before any `#`), still encoded, or nil when there is no `?`.
    public var query: String?
    /// The protocol version.
    public var version: HTTPVersion
    /// The header fields (and, for a chunked body, its trailer fields after them), in order.
    public var headers: HTTPHeaders
    /// The body, with any chunked framing removed.
    public var body: [UInt8]

    /// A request with the given parts; `path` and `query` are derived from `target`.
    public init(
        method: String, target: String, version: HTTPVersion = .http11, headers: HTTPHeaders = [:],
        body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        (path, query) = Self.split(target: Array(target.utf8)[...])
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// Whether the connection stays open after the response: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive` (RFC 9112 §9.3).
    public var keepsConnectionAlive: Bool {
        if headers.listContains("Connection", token: "close") { return false }
        return version == .http11 || headers.listContains("Connection", token: "keep-alive")
    }

    /// Splits a request-target into its encoded path and query.
    package static func split(target: ArraySlice<UInt8>) -> (path: String, query: String?) {
        var bytes = target
        if let fragment = bytes.firstIndex(of: HTTPGrammar.numberSign) {
            bytes = bytes[..<fragment]
        }
        if bytes.first != HTTPGrammar.slash, let schemeEnd = firstIndex(of: Array("://".utf8), in: bytes) {
            let authorityStart = bytes.index(schemeEnd, offsetBy: 3)
            let rest = bytes[authorityStart...]
            let pathStart = rest.firstIndex { $0 == HTTPGrammar.slash || $0 == HTTPGrammar.questionMark }
            bytes = pathStart.map { rest[$0...] } ?? rest[rest.endIndex...]
            if bytes.first != HTTPGrammar.slash {
                let (_, query) = split(target: bytes)
                return ("/", query)
            }
        }
        guard let mark = bytes.firstIndex(of: HTTPGrammar.questionMark) else {
            return (String(decoding: bytes, as: UTF8.self), nil)
        }
        return (
            String(decoding: bytes[..<mark], as: UTF8.self),
            String(decoding: bytes[bytes.index(after: mark)...], as: UTF8.self)
        )
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        haystack.indices.first { haystack[$0...].starts(with: needle) }
    }
}
