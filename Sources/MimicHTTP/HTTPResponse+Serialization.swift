import MimicHTTPTypes

extension HTTPResponse {
    /// The status line, header section and body as sent in one write.
    ///
    /// `Date`, `Content-Length` and `Connection` are the server's: any the handler set is replaced (but see
    /// ``announcedLength(answering:)``).
    /// `Content-Length` is omitted for 1xx, 204 and 304; the body is omitted for those and in answer to HEAD
    /// (see ``sendsBody(answering:)``), whose `Content-Length` is that of the body a GET would get. `method` is
    /// nil for a refusal of bytes that were not a request.
    func serialized(date: [UInt8], keepAlive: Bool, answering method: String?) -> [UInt8] {
        serializedHead(date: date, answering: method) + Self.connectionField(keepAlive: keepAlive)
            + bodySent(answering: method)
    }

    /// The status line and the header fields up to `Connection`, which ``connectionField(keepAlive:)`` adds
    /// with the blank line that ends the head: the event loop decides it when the response is sent.
    func serializedHead(date: [UInt8], answering method: String?) -> [UInt8] {
        var bytes = statusAndFields(date: date)
        appendContentLength(answering: method, to: &bytes)
        return bytes
    }

    /// The head up to `Connection` and the body sent in answer to `method`: the bytes kept in ``serializedOnce`` when
    /// they answer it, else ``serializedHead(date:answering:)`` and ``bodySent(answering:)``.
    func headAndBody(date: [UInt8], answering method: String) -> (head: [UInt8], body: [UInt8]) {
        if let serializedOnce, serializedOnce.answers(method) { return (serializedOnce.head(date: date), serializedOnce.body) }
        return (serializedHead(date: date, answering: method), bodySent(answering: method))
    }

    /// Keeps in ``serializedOnce`` the bytes that answer `method`, but the `Date` value and `Connection`, for an
    /// answer sent many times: ``headAndBody(date:answering:)`` then gives them as they are (see
    /// ``SerializedResponse``), the same bytes as ``serializedHead(date:answering:)`` and ``bodySent(answering:)``.
    /// Nothing is kept for a fault or a streamed body, which are sent otherwise.
    package mutating func serializeOnce(answering method: String) {
        guard fault == nil, bodyStream == nil else { return }
        var afterDate: [UInt8] = []
        afterDate.reserveCapacity(32 + headers.count * 48)
        appendFields(to: &afterDate)
        appendContentLength(answering: method, to: &afterDate)
        serializedOnce = SerializedResponse(
            beforeDate: statusLineAndDateName(), afterDate: afterDate, body: bodySent(answering: method),
            answersHead: method == "HEAD")
    }

    /// Appends `Content-Length` unless the status permits no body.
    private func appendContentLength(answering method: String?, to bytes: inout [UInt8]) {
        if permitsBody {
            Self.appendField(Self.contentLengthName, announcedLength(answering: method), to: &bytes)
        }
    }

    /// The body's length; answering HEAD without a body, the `Content-Length` the handler set if any (a proxy
    /// passing on a server's answer to HEAD, which announces the body a GET would get).
    private func announcedLength(answering method: String?) -> Int {
        guard method == "HEAD", body.isEmpty, let field = headers["Content-Length"], let length = Int(field), length >= 0 else {
            return body.count
        }
        return length
    }

    /// The status line and the header fields up to `Connection` of a response whose body is streamed: with
    /// `Content-Length: length` when it is known, else `Transfer-Encoding: chunked` when `chunked`, else neither
    /// (the body ends when the connection closes).
    func streamedHead(date: [UInt8], length: Int?, chunked: Bool) -> [UInt8] {
        var bytes = statusAndFields(date: date)
        if let length {
            Self.appendField(Self.contentLengthName, length, to: &bytes)
        } else if chunked {
            bytes += "Transfer-Encoding: chunked\r\n".utf8
        }
        return bytes
    }

    /// What is sent for `fault` before the connection is closed: nothing for ``HTTPFault/reset`` and
    /// ``HTTPFault/empty``, bytes that are not HTTP for ``HTTPFault/garbage``, and for ``HTTPFault/close``
    /// the status line and fields announcing a chunked body, then a chunk whose size is not hexadecimal.
    func bytes(for fault: HTTPFault, date: [UInt8]) -> [UInt8] {
        switch fault {
        case .reset, .empty: []
        case .garbage: Self.garbage
        case .close: statusAndFields(date: date) + Self.malformedChunk
        }
    }

    /// The status line, `Date` and the handler's header fields but the server's own.
    private func statusAndFields(date: [UInt8]) -> [UInt8] {
        var bytes = statusLineAndDateName(reserving: 128 + headers.count * 48)
        bytes += date
        appendFields(to: &bytes)
        return bytes
    }

    /// The status line and the name of the `Date` field, in an array with room for `capacity` bytes.
    private func statusLineAndDateName(reserving capacity: Int = 0) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        bytes += Self.statusLineStart
        Self.appendDecimal(status, to: &bytes)
        bytes.append(HTTPGrammar.space)
        bytes += reasonPhrase.utf8
        bytes += Self.lineEnd
        bytes += Self.dateName
        return bytes
    }

    /// Appends the line end after the `Date` value, then the handler's header fields but the server's own.
    private func appendFields(to bytes: inout [UInt8]) {
        bytes += Self.lineEnd
        for field in headers where !Self.isServerField(field.name) {
            bytes += field.name.utf8
            bytes += ": ".utf8
            bytes += field.value.utf8
            bytes += Self.lineEnd
        }
    }

    /// Whether the handler's field `name` is one the server writes itself.
    private static func isServerField(_ name: String) -> Bool {
        let length = name.utf8.count
        return serverFields.contains { $0.utf8.count == length && HTTPHeaders.namesMatch($0, name) }
    }

    /// Appends `name: value` and a line end, `value` in decimal.
    private static func appendField(_ name: [UInt8], _ value: Int, to bytes: inout [UInt8]) {
        bytes += name
        appendDecimal(value, to: &bytes)
        bytes += lineEnd
    }

    /// Appends `value`, at least 0, in decimal digits.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = max(0, value)
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The body as sent in answer to `method` (nil for a refusal): empty when none is sent.
    func bodySent(answering method: String?) -> [UInt8] {
        method.map(sendsBody(answering:)) ?? permitsBody ? body : []
    }

    /// The `Connection` field and the blank line that end a head.
    static func connectionField(keepAlive: Bool) -> [UInt8] {
        keepAlive ? keepAliveField : closeField
    }

    /// Whether the handler asked to close the connection after this response.
    var closesConnection: Bool {
        headers.listContains("Connection", token: "close")
    }

    private static let lineEnd: [UInt8] = [HTTPGrammar.carriageReturn, HTTPGrammar.lineFeed]
    private static let statusLineStart = Array("HTTP/1.1 ".utf8)
    private static let dateName = Array("Date: ".utf8)
    private static let contentLengthName = Array("Content-Length: ".utf8)
    private static let keepAliveField = Array("Connection: keep-alive\r\n\r\n".utf8)
    private static let closeField = Array("Connection: close\r\n\r\n".utf8)
    /// What ``HTTPFault/garbage`` sends: neither a status line nor text.
    static let garbage: [UInt8] = [0x00, 0xFF, 0x13, 0x37, 0xC0, 0xDE, 0x0D, 0x0A, 0x7F, 0x80, 0x1B, 0x5B, 0xFE, 0x01, 0x0A, 0x00]
    /// What ``HTTPFault/close`` sends after the fields: the end of the head, then a chunk size that is not one.
    private static let malformedChunk = Array("Transfer-Encoding: chunked\r\n\r\nzz;\u{1}\r\nlskdu018973t09sylgasjkfg1][]'./.sdlv".utf8)
    private static let serverFields = ["Date", "Content-Length", "Connection", "Transfer-Encoding"]
}
