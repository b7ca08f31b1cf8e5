import MimicHTTPTypes

/// Everything of a request that can decide its answer: the method, the target as sent (path and query), the
/// version, every header field in order (names as spelled, values as sent) and the body. No field is left
/// out: contracts may declare header parameters of any name, `Prefer`, `Accept`, `Origin` and credentials
/// decide answers, and the journal keeps every field, so two requests with one key get the same answer and the
/// same journal entry. Hashed once, when made.
struct ResponseCacheKey: Hashable, Sendable {
    let method: String
    let target: String
    let version: HTTPVersion
    let headers: HTTPHeaders
    let body: [UInt8]
    private let hash: Int

    init(_ request: HTTPRequest) {
        method = request.method
        target = request.target
        version = request.version
        headers = request.headers
        body = request.body
        var hasher = Hasher()
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(version == .http11)
        hasher.combine(headers.count)
        for field in headers {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
        body.withUnsafeBytes { hasher.combine(bytes: $0) }
        hash = hasher.finalize()
    }

    /// Roughly how many bytes the key holds: its texts, header fields and body.
    var weight: Int {
        headers.reduce(method.utf8.count + target.utf8.count + body.count) { $0 + $1.name.utf8.count + $1.value.utf8.count }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    static func == (left: Self, right: Self) -> Bool {
        left.hash == right.hash && left.method == right.method && left.target == right.target && left.version == right.version
            && left.headers == right.headers && left.body == right.body
    }
}
