import MimicHTTPTypes

extension HTTPResponse {
    /// The status line, header section and body as sent in one write.
    ///
    /// `Date`, `Content-Length` and `Connection` are the server's: any the handler set is replaced.
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + headers.count * 48)
        bytes += "HTTP/1.1 \(status) \(reasonPhrase)\r\nDate: ".utf8
        bytes += date
        bytes += Self.lineEnd
        for field in headers where !Self.serverFields.contains(where: { HTTPHeaders.namesMatch($0, field.name) }) {
            bytes += field.name.utf8
            bytes += ": ".utf8
            bytes += field.value.utf8
            bytes += Self.lineEnd
        }
        if permitsBody {
            bytes += "Content-Length: \(body.count)\r\n".utf8
        }
        return bytes
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
    private static let keepAliveField = Array("Connection: keep-alive\r\n\r\n".utf8)
    private static let closeField = Array("Connection: close\r\n\r\n".utf8)
    private static let serverFields = ["Date", "Content-Length", "Connection", "Transfer-Encoding"]
}
