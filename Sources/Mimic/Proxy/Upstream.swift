import MimicEngine
import MimicHTTP
import MimicHTTPTypes

/// The real server a ``MockServer`` forwards requests to as a validating proxy (`mimic proxy`): each request
/// goes out on a connection of its own, as the client sent it, and the answer comes back whole.
///
/// Forwarded: the method, the path and query after the upstream URL's base path, the body, and the header
/// fields but the hop-by-hop ones (RFC 9110 §7.6.1: `Connection` and the fields it names, `Keep-Alive`, `TE`,
/// `Transfer-Encoding`, `Upgrade`, `Proxy-Connection`) and `Accept-Encoding` (so that the answer's body arrives
/// readable, to be checked); `Host` is the upstream's, `Via: 1.1 mimic` is added. The answer comes back without
/// its hop-by-hop fields; a body of up to `maxBodySize` bytes whole (to be checked), a larger one as its start and
/// a ``HTTPResponse/bodyStream`` for the rest, passed on piece by piece. Plain HTTP only: Mimic links no TLS library.
public struct Upstream: Sendable {
    /// The server and the limits of each exchange.
    public let client: HTTPClient

    /// The server at `url` (`http://host[:port][/base]`), given `connectTimeout` seconds to accept a connection and
    /// `responseTimeout` for the whole answer (for each piece of a streamed body), whose body is held and checked
    /// whole up to `maxBodySize` bytes.
    ///
    /// - Throws: ``HTTPClientError/unsupportedScheme(_:)`` for `https://`, ``HTTPClientError/invalidURL(_:reason:)``.
    public init(url: String, connectTimeout: Double = 5, responseTimeout: Double = 30, maxBodySize: Int = 10 * 1024 * 1024) throws(HTTPClientError) {
        client = HTTPClient(
            endpoint: try HTTPEndpoint(url),
            configuration: HTTPClient.Configuration(connectTimeout: connectTimeout, responseTimeout: responseTimeout, maxBodySize: maxBodySize))
    }

    /// `http://host:port/base`.
    public var url: String {
        client.endpoint.description
    }

    /// Sends `request` on and returns the answer, or why there is none.
    func forward(_ request: HTTPRequest) -> Result<HTTPResponse, UpstreamFailure> {
        var headers = request.headers.endToEnd
        headers.remove("Accept-Encoding")
        headers.add("Via", "1.1 mimic")
        let target = request.path + (request.query.map { "?" + $0 } ?? "")
        do {
            var answer = try client.send(
                HTTPRequest(method: request.method, target: target, headers: headers, body: request.body),
                streamingBodiesBeyond: client.configuration.maxBodySize)
            answer.headers = answer.headers.endToEnd
            return .success(answer)
        } catch {
            return .failure(UpstreamFailure(Self.kind(of: error), reason: "\(url): \(error)"))
        }
    }

    private static func kind(of error: HTTPClientError) -> UpstreamFailure.Kind {
        switch error {
        case .connectTimedOut, .responseTimedOut: .timeout
        case .incompleteResponse, .malformedResponse, .headTooLarge, .responseTooLarge: .invalidResponse
        case .invalidURL, .unsupportedScheme, .cannotResolve, .connectFailed, .sendFailed: .unreachable
        }
    }
}
