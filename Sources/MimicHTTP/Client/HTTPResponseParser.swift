import MimicHTTPTypes

/// An incremental HTTP/1.1 response parser (RFC 9112) for ``HTTPClient``: append bytes as they arrive and call
/// ``parse()`` until it says the response is complete; ``finishAtEndOfStream()`` when the server closes.
///
/// Interim (1xx) responses are skipped. The body is framed by `Transfer-Encoding: chunked`, else
/// `Content-Length`, else the end of the stream; none for HEAD, 204 and 304. The head and the body are bounded; a
/// caller streaming the body takes it piece by piece (``takeBody()``), so that only a piece is held at a time.
struct HTTPResponseParser {
    private enum State: Equatable {
        case statusLine
        case headerLines
        case fixedBody(remaining: Int)
        case chunkSizeLine
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailerLines
        case bodyUntilClose
        case complete
    }

    private let maxHeadSize: Int
    private let maxBodySize: Int
    private let answersHEAD: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var state = State.statusLine
    private var headSize = 0
    private var status = 0
    private var fields: [HTTPHeaders.Field] = []
    private var body: [UInt8] = []
    /// The body bytes handed over by ``takeBody()``, which count against the limit all the same.
    private var bodyTaken = 0

    /// A parser for the response to a request with `method`, refusing a head (status line and fields) beyond
    /// `maxHeadSize` bytes and a body beyond `maxBodySize`.
    init(answering method: String, maxHeadSize: Int, maxBodySize: Int) {
        answersHEAD = method == "HEAD"
        self.maxHeadSize = maxHeadSize
        self.maxBodySize = maxBodySize
    }

    /// The response, once ``parse()`` or ``finishAtEndOfStream()`` said it is complete; before, once ``hasHead``, its
    /// head and the body held so far.
    var response: HTTPResponse {
        HTTPResponse(status: status, headers: HTTPHeaders(fields), body: body)
    }

    /// Whether the head of the final (not interim) response has been read.
    var hasHead: Bool {
        state != .statusLine && state != .headerLines
    }

    /// Whether the whole response has been read.
    var isComplete: Bool {
        state == .complete
    }

    /// How many body bytes received are held (not taken yet).
    var heldBodySize: Int {
        body.count
    }

    /// How many more body bytes are to come, when the framing says (`Content-Length`); nil when only the end of
    /// the body will tell.
    var remainingBodySize: Int? {
        switch state {
        case .fixedBody(let remaining): remaining
        case .complete: 0
        default: nil
        }
    }

    /// Hands over the body bytes held, for a caller streaming the body.
    mutating func takeBody() -> [UInt8] {
        bodyTaken += body.count
        defer { body = [] }
        return body
    }

    /// Appends bytes received.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if position == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            position = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Reads what was appended; true once the response is complete.
    mutating func parse() throws(HTTPClientError) -> Bool {
        while true {
            switch state {
            case .statusLine:
                guard let line = try nextHeadLine() else { return false }
                try readStatusLine(line)
                state = .headerLines
            case .headerLines:
                guard let line = try nextHeadLine() else { return false }
                if line.isEmpty { try finishHead() } else { fields.append(try field(line)) }
            case .fixedBody(let remaining):
                let moved = moveBody(upTo: remaining)
                guard moved == remaining else {
                    state = .fixedBody(remaining: remaining - moved)
                    return false
                }
                state = .complete
            case .chunkSizeLine:
                guard let line = nextLine(limit: Self.maxChunkLineLength) else { return try lineTooLong(Self.maxChunkLineLength) }
                let size = try chunkSize(line)
                state = size == 0 ? .trailerLines : .chunkData(remaining: size)
            case .chunkData(let remaining):
                let moved = moveBody(upTo: remaining)
                state = moved == remaining ? .chunkDataEnd : .chunkData(remaining: remaining - moved)
                if moved < remaining { return false }
            case .chunkDataEnd:
                guard let line = nextLine(limit: 0) else { return try lineTooLong(0) }
                guard line.isEmpty else { throw .malformedResponse("a chunk's data is longer than its size") }
                state = .chunkSizeLine
            case .trailerLines:
                guard let line = try nextHeadLine() else { return false }
                if line.isEmpty { state = .complete } else { fields.append(try field(line)) }
            case .bodyUntilClose:
                _ = moveBody(upTo: Int.max)
                if bodyTaken + body.count > maxBodySize { throw .responseTooLarge(limit: maxBodySize) }
                return false
            case .complete:
                return true
            }
            if bodyTaken + body.count > maxBodySize { throw .responseTooLarge(limit: maxBodySize) }
        }
    }

    /// The server closed the connection: true when that ends the response (a body framed by the end of the
    /// stream); throws ``HTTPClientError/incompleteResponse`` when the response was cut short.
    mutating func finishAtEndOfStream() throws(HTTPClientError) -> Bool {
        if try parse() { return true }
        guard state == .bodyUntilClose else { throw .incompleteResponse }
        state = .complete
        return true
    }

    /// The next line of the head, counted against ``maxHeadSize``.
    private mutating func nextHeadLine() throws(HTTPClientError) -> ArraySlice<UInt8>? {
        let left = maxHeadSize - headSize
        guard left >= 0 else { throw .headTooLarge(limit: maxHeadSize) }
        guard let line = nextLine(limit: left) else {
            guard buffer.count - position <= left else { throw .headTooLarge(limit: maxHeadSize) }
            return nil
        }
        headSize += line.count + 2
        guard fields.count < Self.maxFieldCount else { throw .malformedResponse("more than \(Self.maxFieldCount) header fields") }
        return line
    }

    /// The next line without its line end (CRLF, or a bare LF as RFC 9112 §2.2 allows), consumed; nil when no
    /// line end arrived within `limit` bytes from here, or yet.
    private mutating func nextLine(limit: Int) -> ArraySlice<UInt8>? {
        let end = min(buffer.count, position + limit + 2)
        guard let lineFeed = buffer[position..<end].firstIndex(of: HTTPGrammar.lineFeed) else { return nil }
        var line = buffer[position..<lineFeed]
        if line.last == HTTPGrammar.carriageReturn { line = line.dropLast() }
        position = lineFeed + 1
        return line
    }

    /// Nil (more bytes needed) unless more than `limit` bytes arrived without a line end, which is an error.
    private func lineTooLong(_ limit: Int) throws(HTTPClientError) -> Bool {
        guard buffer.count - position > limit + 1 else { return false }
        throw .malformedResponse(limit == 0 ? "a chunk's data is longer than its size" : "a chunk size line is too long")
    }

    /// `HTTP-version SP status-code [SP reason-phrase]`.
    private mutating func readStatusLine(_ line: ArraySlice<UInt8>) throws(HTTPClientError) {
        let text = String(decoding: line, as: UTF8.self)
        let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "HTTP/1.1" || parts[0] == "HTTP/1.0", parts[1].utf8.count == 3,
              let code = Int(parts[1]), (100...599).contains(code) else {
            throw .malformedResponse("the status line is '\(text.prefix(80))'")
        }
        status = code
    }

    /// `field-name ":" OWS field-value OWS`.
    private func field(_ line: ArraySlice<UInt8>) throws(HTTPClientError) -> HTTPHeaders.Field {
        guard let colon = line.firstIndex(of: HTTPGrammar.colon), colon > line.startIndex,
              line[..<colon].allSatisfy(HTTPGrammar.isToken) else {
            throw .malformedResponse("the header line '\(String(decoding: line.prefix(80), as: UTF8.self))' is not a field")
        }
        let value = line[(colon + 1)...].drop(while: HTTPGrammar.isWhitespace)
        let trimmed = value.reversed().drop(while: HTTPGrammar.isWhitespace).reversed()
        guard trimmed.allSatisfy(HTTPGrammar.isFieldValue) else {
            throw .malformedResponse("the value of '\(String(decoding: line[..<colon], as: UTF8.self))' has a control character")
        }
        return HTTPHeaders.Field(
            name: String(decoding: line[..<colon], as: UTF8.self),
            value: String(validating: trimmed, as: UTF8.self) ?? String(trimmed.map { Character(Unicode.Scalar($0)) }))
    }

    /// Skips an interim response, or decides how the body is framed (RFC 9112 §6.3).
    private mutating func finishHead() throws(HTTPClientError) {
        if (100...199).contains(status) {
            guard status != 101 else { throw .malformedResponse("the server switched protocols (101), which was not asked for") }
            fields.removeAll()
            headSize = 0
            state = .statusLine
            return
        }
        let headers = HTTPHeaders(fields)
        if answersHEAD || status == 204 || status == 304 {
            state = .complete
        } else if headers.contains("Transfer-Encoding") {
            let codings = headers.values(for: "Transfer-Encoding").flatMap { $0.split(separator: ",") }.map { $0.trimmingASCIIWhitespace() }
            guard codings.count == 1, HTTPHeaders.namesMatch(codings[0], "chunked") else {
                throw .malformedResponse("the transfer coding '\(codings.joined(separator: ", "))' is not supported (only chunked)")
            }
            state = .chunkSizeLine
        } else if headers.contains("Content-Length") {
            state = .fixedBody(remaining: try contentLength(headers.values(for: "Content-Length")))
        } else {
            state = .bodyUntilClose
        }
    }

    /// The body length the `Content-Length` fields agree on.
    private func contentLength(_ values: [String]) throws(HTTPClientError) -> Int {
        let elements = Set(values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { $0.trimmingASCIIWhitespace() })
        guard elements.count == 1, let text = elements.first, !text.isEmpty, text.utf8.allSatisfy(HTTPGrammar.isDigit) else {
            throw .malformedResponse("the Content-Length '\(values.joined(separator: ", "))' is not one number")
        }
        guard text.utf8.count <= 18, let length = Int(text), length <= maxBodySize else { throw .responseTooLarge(limit: maxBodySize) }
        return length
    }

    /// `chunk-size [chunk-ext]`, the size checked against the body limit.
    private func chunkSize(_ line: ArraySlice<UInt8>) throws(HTTPClientError) -> Int {
        let digits = line.prefix { HTTPGrammar.hexValue($0) != nil }
        let rest = line[digits.endIndex...].drop(while: HTTPGrammar.isWhitespace)
        guard !digits.isEmpty, rest.isEmpty || rest.first == HTTPGrammar.semicolon else {
            throw .malformedResponse("the chunk size '\(String(decoding: line.prefix(40), as: UTF8.self))' is not hexadecimal")
        }
        guard digits.count <= 15 else { throw .responseTooLarge(limit: maxBodySize) }
        var size = 0
        for digit in digits {
            size = size * 16 + HTTPGrammar.hexValue(digit)!
        }
        guard size <= maxBodySize - bodyTaken - body.count else { throw .responseTooLarge(limit: maxBodySize) }
        return size
    }

    /// Moves up to `count` buffered bytes to the body; how many it moved.
    private mutating func moveBody(upTo count: Int) -> Int {
        let moved = min(count, buffer.count - position)
        body.append(contentsOf: buffer[position..<position + moved])
        position += moved
        return moved
    }

    private static let maxChunkLineLength = 4096
    private static let maxFieldCount = 200
}
