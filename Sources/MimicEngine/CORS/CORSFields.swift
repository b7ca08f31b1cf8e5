import MimicHTTPTypes

/// Cross-origin resource sharing (the Fetch standard's CORS protocol) as a mock needs it: any origin may
/// call, with credentials, and read every header field of the answer, so that a page on another origin
/// uses the mock as it would the real backend.
public enum CORSFields {
    /// How long a browser may reuse a preflight's answer, in seconds: ten minutes, so that a contract
    /// edited meanwhile is soon seen.
    public static let maxAge = 600

    /// Whether `request` is a preflight: `OPTIONS` with `Origin` and `Access-Control-Request-Method`.
    public static func isPreflight(_ request: HTTPRequest) -> Bool {
        request.method == "OPTIONS" && request.headers.contains("Access-Control-Request-Method")
    }

    /// The answer to a preflight from `origin` for a path that declares `methods`: 204, those methods
    /// (with HEAD wherever GET is), the header fields the request names, credentials and ``maxAge``.
    public static func preflight(_ request: HTTPRequest, origin: String, methods: [String]) -> HTTPResponse {
        var headers = allowing(origin)
        headers.add("Access-Control-Allow-Methods", HTTPMethodRules.allowed(methods).joined(separator: ", "))
        let requested = request.headers.values(for: "Access-Control-Request-Headers").joined(separator: ", ")
        if !requested.isEmpty { headers.add("Access-Control-Allow-Headers", requested) }
        headers.add("Access-Control-Max-Age", String(maxAge))
        return HTTPResponse(status: 204, headers: headers)
    }

    /// `response` readable by a page from `origin`: its own fields, then the origin allowed with
    /// credentials, `Vary: Origin`, and `Access-Control-Expose-Headers` naming its fields (when it has any). A
    /// response that already allows an origin (a real server's, through `mimic proxy`) is left as it is.
    public static func exposing(_ response: HTTPResponse, to origin: String) -> HTTPResponse {
        guard !response.headers.contains("Access-Control-Allow-Origin") else { return response }
        var response = response
        var names: [String] = []
        for field in response.headers where !names.contains(where: { HTTPHeaders.namesMatch($0, field.name) }) {
            names.append(field.name)
        }
        allowing(origin).forEach { response.headers.add($0.name, $0.value) }
        if !names.isEmpty { response.headers.add("Access-Control-Expose-Headers", names.joined(separator: ", ")) }
        return response
    }

    /// `Access-Control-Allow-Origin` (the origin itself, as credentials require), `Access-Control-Allow-Credentials`
    /// and `Vary: Origin`, as the answer depends on it.
    private static func allowing(_ origin: String) -> HTTPHeaders {
        [
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        ]
    }
}
