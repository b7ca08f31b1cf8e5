/// An HTTP response to send: status, header fields in order and body.
///
/// `Date`, `Content-Length` and `Connection` are written by the server when the response is sent; a
/// handler only sets them to override the defaults (`Connection: close` closes the connection after it).
public struct HTTPResponse: Sendable, Equatable {
    /// The status code, 100…599.
    public var status: Int {
        didSet { serializedOnce = nil }
    }
    /// The header fields, in the order they are written.
    public var headers: HTTPHeaders {
        didSet { serializedOnce = nil }
    }
    /// The body; never sent for 1xx, 204 and 304 answers or in answer to HEAD.
    public var body: [UInt8] {
        didSet { serializedOnce = nil }
    }
    /// How long the server holds the finished response before sending it, without holding a thread (other
    /// clients are answered meanwhile); zero sends it at once.
    public var delay: Duration = .zero
    /// A way to drop the connection instead of sending the response (after ``delay``); nil sends it.
    public var fault: HTTPFault?
    /// The rest of the body, sent after ``body`` as it is read, when it is too large to hold; nil when ``body`` is
    /// the whole body.
    public var bodyStream: HTTPBodyStream?
    /// The response's bytes serialized once, for an answer sent many times; nil to serialize it when sent. Dropped
    /// when the status, the fields or the body change.
    package var serializedOnce: SerializedResponse? {
        get { kept.bytes }
        set { kept.bytes = newValue }
    }
    /// Where ``serializedOnce`` is kept: out of `==`, since the bytes are those of the other parts.
    private var kept = KeptBytes()

    /// A response with the given status, headers and body.
    public init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is `text` in UTF-8, with `Content-Type: text/plain; charset=utf-8`.
    public init(status: Int, text: String, headers: HTTPHeaders = [:]) {
        self.init(status: status, headers: headers, body: Array(text.utf8))
        self.headers.set("Content-Type", "text/plain; charset=utf-8")
    }

    /// A response whose body is the JSON text `json` in UTF-8, with `Content-Type` `application/json`
    /// (or the given media type, e.g. `application/problem+json`).
    public init(status: Int, json: String, contentType: String = "application/json", headers: HTTPHeaders = [:]) {
        self.init(status: status, headers: headers, body: Array(json.utf8))
        self.headers.set("Content-Type", contentType)
    }

    /// The reason phrase of `status` (`Not Found`), or an empty string for an unregistered code.
    public var reasonPhrase: String {
        Self.reasonPhrase(for: status)
    }

    /// Whether a response with this status may carry a body (RFC 9110 §6.4.1: not 1xx, 204, 304).
    public var permitsBody: Bool {
        !(100...199).contains(status) && status != 204 && status != 304
    }

    /// Whether the body goes out in answer to a request with `method`: never for `HEAD` (RFC 9110 §9.3.2, which
    /// gets the headers a GET would), nor for a status that permits none. The one place HEAD drops the body, for
    /// the socket server, `MockURLProtocol` and `mimic example` alike.
    public func sendsBody(answering method: String) -> Bool {
        permitsBody && method != "HEAD"
    }
}

/// A response's serialized bytes, equal to any other: two responses are equal by what they send, whether or not one
/// has kept its bytes serialized.
private struct KeptBytes: Sendable, Equatable {
    var bytes: SerializedResponse?

    static func == (_: Self, _: Self) -> Bool {
        true
    }
}
