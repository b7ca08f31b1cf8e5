import MimicHTTPTypes

extension HTTPRequestParser {
    /// Parses `chunk-size [chunk-ext]` (RFC 9112 §7.1) and returns the size, checked against the body limit.
    mutating func parseChunkSize(_ line: Range<Int>) throws(HTTPParseError) -> Int {
        var index = line.lowerBound
        var size = 0
        while index < line.upperBound, let digit = HTTPGrammar.hexValue(buffer[index]) {
            size = size * 16 + digit
            if head.body.count + size > configuration.maxBodySize { throw .bodyTooLarge }
            index += 1
        }
        guard index > line.lowerBound else { throw .invalidChunk }
        try validateChunkExtensions(buffer[index..<line.upperBound])
        return size
    }

    /// Accepts `*( BWS ";" BWS ext-name [ BWS "=" BWS ( token / quoted-string ) ] )`.
    private func validateChunkExtensions(_ extensions: ArraySlice<UInt8>) throws(HTTPParseError) {
        var rest = extensions
        while !rest.isEmpty {
            rest = rest.drop(while: HTTPGrammar.isWhitespace)
            guard rest.first == HTTPGrammar.semicolon else { throw .invalidChunk }
            rest = rest.dropFirst().drop(while: HTTPGrammar.isWhitespace)
            let name = rest.prefix(while: HTTPGrammar.isToken)
            guard !name.isEmpty else { throw .invalidChunk }
            rest = rest[name.endIndex...].drop(while: HTTPGrammar.isWhitespace)
            guard rest.first == HTTPGrammar.equals else { continue }
            rest = rest.dropFirst().drop(while: HTTPGrammar.isWhitespace)
            rest = try dropExtensionValue(rest)
        }
    }

    /// Drops a token or a quoted-string from the front of `bytes`.
    private func dropExtensionValue(_ bytes: ArraySlice<UInt8>) throws(HTTPParseError) -> ArraySlice<UInt8> {
        guard bytes.first == HTTPGrammar.quote else {
            let token = bytes.prefix(while: HTTPGrammar.isToken)
            guard !token.isEmpty else { throw .invalidChunk }
            return bytes[token.endIndex...]
        }
        var index = bytes.startIndex + 1
        while index < bytes.endIndex {
            switch bytes[index] {
            case HTTPGrammar.quote:
                return bytes[(index + 1)...]
            case HTTPGrammar.backslash where index + 1 < bytes.endIndex:
                index += 2
            case let byte where HTTPGrammar.isFieldValue(byte):
                index += 1
            default:
                throw .invalidChunk
            }
        }
        throw .invalidChunk
    }

    /// Moves one chunk's data and its CRLF out of the buffer; false until all of it has arrived.
    mutating func consumeChunkData(size: Int) throws(HTTPParseError) -> Bool {
        guard bufferedByteCount >= size + 2 else { return false }
        let end = position + size
        guard buffer[end] == HTTPGrammar.carriageReturn, buffer[end + 1] == HTTPGrammar.lineFeed else {
            throw .invalidChunk
        }
        head.body.append(contentsOf: buffer[position..<end])
        position = end + 2
        return true
    }
}
