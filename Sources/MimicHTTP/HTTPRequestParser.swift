import MimicHTTPTypes

/// An incremental HTTP/1.1 request parser (RFC 9112) over the bytes of one connection.
///
/// Append bytes as they arrive, then call `next()` until it returns nil (more bytes needed). Requests
/// come out in order, so pipelined requests need nothing special. The parser works on its byte buffer with
/// an index and makes `String`s only for the values it returns. Every limit is checked as bytes arrive, so
/// the buffer never holds more than the limits allow plus one read. After an error the parser stays failed.
public struct HTTPRequestParser: Sendable {
    /// What `next()` found.
    public enum Event: Sendable, Equatable {
        /// A complete request.
        case request(HTTPRequest)
        /// The head of a request with `Expect: 100-continue` is complete and none of its body has arrived:
        /// the client waits for an interim `100 Continue` before sending it.
        case continueExpected
    }

    /// Where the parser is inside the current request.
    enum State: Sendable, Equatable {
        case requestLine
        case headerLines
        case contentBody(length: Int)
        case chunkSizeLine
        case chunkData(size: Int)
        case trailerLines
    }

    /// The request being read, up to its body.
    struct Head: Sendable {
        var method = ""
        var target: ArraySlice<UInt8> = []
        var version = HTTPVersion.http11
        var fields: [HTTPHeaders.Field] = []
        var headerSectionSize = 0
        var hostCount = 0
        var contentLength: Int?
        var body: [UInt8] = []
        var expectsContinue = false
    }

    /// The limits this parser enforces.
    public let configuration: Configuration
    var buffer: [UInt8] = []
    /// Index of the first byte not consumed yet.
    var position = 0
    /// How many bytes after `position` are known to hold no line end.
    var scannedLength = 0
    var state = State.requestLine
    var head = Head()
    var failure: HTTPParseError?

    /// A parser enforcing `configuration`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The number of received bytes not consumed by a returned request yet.
    public var bufferedByteCount: Int {
        buffer.count - position
    }

    /// Whether part of a request has been received (a connection in this state is not idle).
    public var hasPartialRequest: Bool {
        state != .requestLine || bufferedByteCount > 0
    }

    /// Whether the parser is before the end of a request head (idle, or reading the request line or the
    /// header fields), not in a body.
    public var isReadingHead: Bool {
        state == .requestLine || state == .headerLines
    }

    /// The body bytes the request being read holds or has announced: its `Content-Length` once its head
    /// is complete, or the chunks decoded so far plus the one arriving; 0 while reading a head.
    public var pendingBodySize: Int {
        switch state {
        case .requestLine, .headerLines: 0
        case .contentBody(let length): length
        case .chunkData(let size): head.body.count + size
        case .chunkSizeLine, .trailerLines: head.body.count
        }
    }

    /// The method of the request being read (kept after an error), once its request line was read that
    /// far; nil before.
    public var receivedMethod: String? {
        head.method.isEmpty ? nil : head.method
    }

    /// The target of the request being read (kept after an error), once its request line was read that far,
    /// when it is made of the bytes a target allows; nil otherwise.
    public var receivedTarget: String? {
        head.target.isEmpty || !head.target.allSatisfy(HTTPGrammar.isTarget) ? nil
            : String(decoding: head.target, as: UTF8.self)
    }

    /// The header fields of the request being read (kept after an error), as far as they were read.
    public var receivedFields: HTTPHeaders {
        HTTPHeaders(head.fields)
    }

    /// Appends bytes received from the connection.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Appends bytes received from the connection.
    public mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// The next complete request or interim event, nil when more bytes are needed.
    public mutating func next() throws(HTTPParseError) -> Event? {
        if let failure { throw failure }
        do {
            return try advance()
        } catch {
            failure = error
            throw error
        }
    }

    private mutating func advance() throws(HTTPParseError) -> Event? {
        while true {
            switch state {
            case .requestLine:
                guard let line = try nextLine(limit: configuration.maxRequestLineLength,
                                              tooLong: .requestLineTooLong) else { return nil }
                if !line.isEmpty {
                    try parseRequestLine(line)
                    state = .headerLines
                }
            case .headerLines:
                guard let line = try nextHeaderLine() else { return nil }
                if line.isEmpty {
                    if let event = try finishHead() { return event }
                } else {
                    let field = try parseField(line)
                    try checkFraming(field)
                    head.fields.append(field)
                }
            case .contentBody(let length):
                guard bufferedByteCount >= length else { return nil }
                head.body = Array(buffer[position..<position + length])
                position += length
                return .request(finishRequest())
            case .chunkSizeLine:
                guard let line = try nextLine(limit: Self.maxChunkSizeLineLength, tooLong: .invalidChunk) else {
                    return nil
                }
                let size = try parseChunkSize(line)
                state = size == 0 ? .trailerLines : .chunkData(size: size)
            case .chunkData(let size):
                guard try consumeChunkData(size: size) else { return nil }
                state = .chunkSizeLine
            case .trailerLines:
                guard let line = try nextHeaderLine() else { return nil }
                if line.isEmpty { return .request(finishRequest()) }
                head.fields.append(try parseField(line))
            }
        }
    }

    /// Builds the request read so far and gets ready for the next one.
    mutating func finishRequest() -> HTTPRequest {
        var request = HTTPRequest(method: head.method, target: "", version: head.version,
                                  headers: HTTPHeaders(head.fields), body: head.body)
        request.target = String(decoding: head.target, as: UTF8.self)
        (request.path, request.query) = HTTPRequest.split(target: head.target)
        head = Head()
        state = .requestLine
        return request
    }

    /// The next line (without its CRLF) as a range of `buffer`, consumed; nil if no line end arrived yet.
    /// Throws `tooLong` at the first byte that makes the line longer than `limit`, `invalidLineEnding` at a
    /// bare LF or at the byte after a bare CR. Each byte is judged on the bytes before it alone, so the
    /// answer does not depend on how the bytes were split across reads.
    mutating func nextLine(limit: Int, tooLong: HTTPParseError) throws(HTTPParseError) -> Range<Int>? {
        var index = position + scannedLength
        while index < buffer.count {
            let byte = buffer[index]
            let followsCarriageReturn = index > position && buffer[index - 1] == HTTPGrammar.carriageReturn
            if byte == HTTPGrammar.lineFeed {
                guard followsCarriageReturn else { throw .invalidLineEnding }
                let line = position..<index - 1
                position = index + 1
                scannedLength = 0
                return line
            }
            if followsCarriageReturn { throw .invalidLineEnding }
            // The line has `index - position` bytes before this one; a CR may end a line of `limit` bytes.
            let length = index - position
            if byte == HTTPGrammar.carriageReturn ? length > limit : length >= limit { throw tooLong }
            index += 1
        }
        scannedLength = index - position
        return nil
    }

    /// Drops consumed bytes before new ones are appended, so the buffer holds one request at most.
    private mutating func compact() {
        if position == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.retainedCapacity)
            position = 0
        } else if position >= Self.retainedCapacity {
            buffer.removeFirst(position)
            position = 0
        }
    }

    /// The capacity kept between requests; a larger buffer (a big body) is released.
    private static let retainedCapacity = 64 * 1024
    /// The longest chunk-size line accepted, extensions included.
    static let maxChunkSizeLineLength = 4096
}
