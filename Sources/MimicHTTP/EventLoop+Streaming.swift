import MimicHTTPTypes

extension EventLoop {
    /// On a worker: sends `response`'s head and `body`, then each piece `stream` gives, at most
    /// ``StreamChannel/piecesInFlight`` ahead of what the loop has written, so the server holds a few pieces of the
    /// body, never all of it. The body has a `Content-Length` when the stream knows its length, else it is chunked
    /// (HTTP/1.1) or ended by closing (HTTP/1.0). A body that breaks off, or a client that goes away, ends the
    /// connection; the stream is closed either way.
    func send(_ response: HTTPResponse, streaming stream: HTTPBodyStream, answering request: HTTPRequest, to descriptor: Int32) {
        let channel = StreamChannel()
        let length = stream.remainingLength.map { response.body.count + $0 }
        let chunked = length == nil && request.version == .http11
        let frame = { (bytes: [UInt8]) -> [UInt8] in chunked ? Self.chunk(bytes) : bytes }
        post(Completion(
            descriptor: descriptor, head: response.streamedHead(date: date.now(), length: length, chunked: chunked),
            body: frame(response.body),
            keepAlive: request.keepsConnectionAlive && !response.closesConnection && (length != nil || chunked), stream: channel))
        var ending = StreamPiece.Ending.finished
        do {
            while let piece = try stream.next() {
                guard channel.waitForRoom() else {
                    ending = .aborted
                    break
                }
                post(StreamPiece(descriptor: descriptor, channel: channel, bytes: frame(piece)))
            }
        } catch {
            ending = .aborted
        }
        stream.close()
        post(StreamPiece(descriptor: descriptor, channel: channel, bytes: chunked ? Self.lastChunk : [], ending: ending))
    }

    /// On the loop: queues a streamed piece on its connection (when it is still the one streaming that body),
    /// and after the last one lets the connection finish as any response does.
    func take(_ piece: StreamPiece) {
        guard let connection = connections[piece.descriptor], connection.stream === piece.channel,
              case .streaming(let closeAfter) = connection.phase else { return piece.channel.cancel() }
        switch piece.ending {
        case .aborted?:
            closeConnection(connection)
            return
        case .finished?:
            connection.stream = nil
            connection.phase = .writing(closeAfter: closeAfter || isStopping && connection.parser.bufferedByteCount == 0)
        case nil:
            connection.streamedPiecesQueued += 1
        }
        connection.outgoing += piece.bytes
        connection.deadline = clock.now.advanced(by: .seconds(configuration.idleTimeout))
        flush(connection)
    }

    /// `bytes` as one chunk (RFC 9112 §7.1); nothing for no bytes, which would end the body.
    private static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        bytes.isEmpty ? [] : Array("\(String(bytes.count, radix: 16))\r\n".utf8) + bytes + [HTTPGrammar.carriageReturn, HTTPGrammar.lineFeed]
    }

    private static let lastChunk = Array("0\r\n\r\n".utf8)
}
