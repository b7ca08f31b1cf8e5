/// Why bytes received on a connection are not an acceptable HTTP/1.1 request, with the status to answer.
///
/// After any of these the connection is answered with `status` and `Connection: close`, then closed: the
/// framing of whatever follows can no longer be trusted.
public enum HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request line is not `method SP request-target SP HTTP-version`.
    case invalidRequestLine
    /// The method is a token but not a registered HTTP method (answered 501).
    case unknownMethod
    /// The request-target has a byte outside visible ASCII or a form the method does not allow.
    case invalidTarget
    /// The request line is longer than the configured limit (answered 414).
    case requestLineTooLong
    /// The version is well-formed but not HTTP/1.0 or HTTP/1.1 (answered 505).
    case unsupportedVersion
    /// A line ends in a bare CR or a bare LF instead of CRLF.
    case invalidLineEnding
    /// A header line is malformed: whitespace before the colon, an invalid name or value byte,
    /// no colon, or obsolete line folding.
    case invalidHeaderField
    /// The header section is larger than the configured limit (answered 431).
    case headerSectionTooLarge
    /// There are more header fields than the configured limit (answered 431).
    case tooManyHeaderFields
    /// An HTTP/1.1 request without `Host` (RFC 9112 §3.2).
    case missingHost
    /// More than one `Host` field.
    case duplicateHost
    /// A `Content-Length` that is not a decimal number, or several that disagree.
    case invalidContentLength
    /// Both `Content-Length` and `Transfer-Encoding` (a request-smuggling shape, RFC 9112 §6.3).
    case contentLengthWithTransferEncoding
    /// A transfer coding other than `chunked` (answered 501).
    case unsupportedTransferCoding
    /// A `Transfer-Encoding` that is empty, repeats `chunked` or does not end with it.
    case invalidTransferEncoding
    /// A chunk whose size line, extensions or terminating CRLF is malformed.
    case invalidChunk
    /// The body is, or is declared to be, larger than the configured maximum (answered 413).
    case bodyTooLarge
    /// An `Expect` other than `100-continue` (answered 417).
    case unsupportedExpectation

    /// The status code to answer with.
    public var status: Int {
        switch self {
        case .unknownMethod, .unsupportedTransferCoding: 501
        case .requestLineTooLong: 414
        case .unsupportedVersion: 505
        case .headerSectionTooLarge, .tooManyHeaderFields: 431
        case .bodyTooLarge: 413
        case .unsupportedExpectation: 417
        case .invalidRequestLine, .invalidTarget, .invalidLineEnding, .invalidHeaderField, .missingHost,
             .duplicateHost, .invalidContentLength, .contentLengthWithTransferEncoding,
             .invalidTransferEncoding, .invalidChunk:
            400
        }
    }

    /// One sentence saying what was wrong, used as the body of the error answer.
    public var description: String {
        switch self {
        case .invalidRequestLine: "The request line is not 'METHOD target HTTP/1.x'."
        case .unknownMethod: "The request method is not implemented."
        case .invalidTarget: "The request target is malformed."
        case .requestLineTooLong: "The request line is too long."
        case .unsupportedVersion: "Only HTTP/1.0 and HTTP/1.1 are supported."
        case .invalidLineEnding: "A line does not end with CRLF."
        case .invalidHeaderField: "A header field is malformed."
        case .headerSectionTooLarge: "The header section is too large."
        case .tooManyHeaderFields: "There are too many header fields."
        case .missingHost: "An HTTP/1.1 request must have a Host header field."
        case .duplicateHost: "A request must have a single Host header field."
        case .invalidContentLength: "The Content-Length is invalid."
        case .contentLengthWithTransferEncoding: "A request must not have both Content-Length and Transfer-Encoding."
        case .unsupportedTransferCoding: "Only the chunked transfer coding is supported."
        case .invalidTransferEncoding: "The Transfer-Encoding must end with a single 'chunked'."
        case .invalidChunk: "The chunked body is malformed."
        case .bodyTooLarge: "The request body is too large."
        case .unsupportedExpectation: "Only 'Expect: 100-continue' is supported."
        }
    }
}
