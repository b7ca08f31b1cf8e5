import MimicHTTPTypes

/// A blocking HTTP/1.1 client for one server (an ``HTTPEndpoint``), for Mimic's own tools: each ``send(_:)``
/// opens a connection, sends the request with `Connection: close`, reads the whole response and closes.
///
/// Nothing waits without bound: connecting within ``Configuration/connectTimeout``, then sending and receiving
/// the whole response within ``Configuration/responseTimeout``; the head and the body have size limits. Plain
/// HTTP only (Mimic links no TLS library).
public struct HTTPClient: Sendable {
    /// The limits of one exchange.
    public struct Configuration: Sendable, Equatable {
        /// The longest wait, in seconds, for a connection to be accepted.
        public var connectTimeout: Double
        /// The longest time, in seconds, from connected to the last byte of the response.
        public var responseTimeout: Double
        /// The largest response head (status line and header fields) accepted, in bytes.
        public var maxHeadSize: Int
        /// The largest response body held whole, in bytes.
        public var maxBodySize: Int
        /// The largest response body passed on piece by piece (see ``HTTPClient/send(_:streamingBodiesBeyond:)``).
        public var maxStreamedBodySize: Int

        /// 5 s to connect, 30 s for the response (and for each piece of a streamed body), a head of 64 KiB, a body of
        /// 10 MiB held whole and of 4 GiB streamed at most.
        public init(
            connectTimeout: Double = 5, responseTimeout: Double = 30, maxHeadSize: Int = 64 * 1024, maxBodySize: Int = 10 * 1024 * 1024,
            maxStreamedBodySize: Int = 4 * 1024 * 1024 * 1024
        ) {
            self.connectTimeout = connectTimeout
            self.responseTimeout = responseTimeout
            self.maxHeadSize = maxHeadSize
            self.maxBodySize = maxBodySize
            self.maxStreamedBodySize = maxStreamedBodySize
        }
    }

    /// The server requests go to.
    public let endpoint: HTTPEndpoint
    public let configuration: Configuration

    /// A client for `endpoint`, within `configuration`'s limits.
    public init(endpoint: HTTPEndpoint, configuration: Configuration = Configuration()) {
        self.endpoint = endpoint
        self.configuration = configuration
    }

    /// Sends `request` and returns the whole response (after any interim 1xx ones).
    ///
    /// The request goes out as given — method, ``HTTPEndpoint/target(for:)`` of its target, its header fields in
    /// order, its body — except for the fields the client owns: `Host` (the endpoint's), `Content-Length` (the
    /// body's, sent when there is a body or the method usually has one), `Connection: close`, and no
    /// `Transfer-Encoding`.
    public func send(_ request: HTTPRequest) throws(HTTPClientError) -> HTTPResponse {
        try send(request, streamingBodiesBeyond: nil)
    }

    /// Sends `request` as ``send(_:)`` does, but a response body of more than `bufferedBodySize` bytes is not held
    /// whole: the response's `body` is what arrived first and its ``HTTPResponse/bodyStream`` the rest, read from
    /// the connection as the stream is read (each piece within the response timeout, the whole body within
    /// ``Configuration/maxStreamedBodySize``); closing the stream closes the connection. Nil streams nothing.
    public func send(_ request: HTTPRequest, streamingBodiesBeyond bufferedBodySize: Int?) throws(HTTPClientError) -> HTTPResponse {
        let clock = ContinuousClock()
        let connectDeadline = clock.now.advanced(by: .seconds(configuration.connectTimeout))
        let descriptor = try Socket.openConnection(host: endpoint.host, port: endpoint.port, deadline: connectDeadline)
        var streams = false
        defer { if !streams { Socket.closeDescriptor(descriptor) } }
        let deadline = clock.now.advanced(by: .seconds(configuration.responseTimeout))
        var parser = HTTPResponseParser(
            answering: request.method, maxHeadSize: configuration.maxHeadSize,
            maxBodySize: bufferedBodySize == nil ? configuration.maxBodySize : configuration.maxStreamedBodySize)
        var response: HTTPResponse
        do {
            try write(serialized(request), to: descriptor, until: deadline)
            response = try receive(from: descriptor, into: &parser, until: deadline, holdingUpTo: bufferedBodySize)
        } catch {
            // A server may answer (413, 400…) and close before reading the whole request: that answer counts.
            guard case .sendFailed = error,
                  let early = try? receive(from: descriptor, into: &parser, until: deadline, holdingUpTo: bufferedBodySize) else { throw error }
            response = early
        }
        guard !parser.isComplete else { return response }
        streams = true
        response.body = parser.takeBody()
        let rest = StreamedResponseBody(descriptor: descriptor, parser: parser, readTimeout: configuration.responseTimeout)
        response.bodyStream = HTTPBodyStream(remainingLength: parser.remainingBodySize, read: { try rest.next() }, finish: rest.close)
        return response
    }

    /// The request's bytes as ``send(_:)`` describes them.
    func serialized(_ request: HTTPRequest) -> [UInt8] {
        var head = "\(request.method) \(endpoint.target(for: request.target)) HTTP/1.1\r\nHost: \(endpoint.authority)\r\n"
        for field in request.headers where !Self.ownFields.contains(where: { HTTPHeaders.namesMatch($0, field.name) }) {
            head += "\(field.name): \(field.value)\r\n"
        }
        if !request.body.isEmpty || Self.methodsWithBody.contains(request.method) {
            head += "Content-Length: \(request.body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8) + request.body
    }

    /// Writes `bytes` whole before `deadline`.
    private func write(_ bytes: [UInt8], to descriptor: Int32, until deadline: ContinuousClock.Instant) throws(HTTPClientError) {
        var offset = 0
        while offset < bytes.count {
            guard let sent = Socket.sendAvailable(descriptor, bytes[offset...]) else { throw .sendFailed(errno: SystemError.current) }
            offset += sent
            if sent == 0, !Socket.wait(descriptor, for: .writable, until: deadline) {
                throw .responseTimedOut(seconds: configuration.responseTimeout)
            }
        }
    }

    /// Reads until `parser` has the whole response (or its head and more than `heldBodySize` bytes of its body,
    /// when that is given), the server closes, or `deadline` passes.
    private func receive(
        from descriptor: Int32, into parser: inout HTTPResponseParser, until deadline: ContinuousClock.Instant, holdingUpTo heldBodySize: Int?
    ) throws(HTTPClientError) -> HTTPResponse {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            guard Socket.wait(descriptor, for: .readable, until: deadline) else {
                throw .responseTimedOut(seconds: configuration.responseTimeout)
            }
            let count = buffer.withUnsafeMutableBytes { Socket.receive(descriptor, into: $0) }
            if count < 0, SystemError.isTransient(SystemError.current) { continue }
            if count <= 0 {
                guard try parser.finishAtEndOfStream() else { throw .incompleteResponse }
                return parser.response
            }
            buffer.withUnsafeBytes { parser.append(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            if try parser.parse() { return parser.response }
            if let heldBodySize, parser.hasHead, parser.heldBodySize > heldBodySize { return parser.response }
        }
    }

    /// The fields the client writes itself.
    private static let ownFields = ["Host", "Content-Length", "Transfer-Encoding", "Connection"]
    /// The methods whose requests carry `Content-Length` even with an empty body (RFC 9110 §8.6).
    private static let methodsWithBody: Set<String> = ["POST", "PUT", "PATCH"]
}
