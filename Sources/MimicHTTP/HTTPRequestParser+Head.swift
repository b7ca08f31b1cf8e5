import MimicHTTPTypes

extension HTTPRequestParser {
    /// The methods of the IANA HTTP Method Registry; any other token is answered 501 (RFC 9110 §9.1).
    static let registeredMethods: Set<String> = [
        "ACL", "BASELINE-CONTROL", "BIND", "CHECKIN", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD",
        "LABEL", "LINK", "LOCK", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MKREDIRECTREF", "MKWORKSPACE",
        "MOVE", "OPTIONS", "ORDERPATCH", "PATCH", "POST", "PRI", "PROPFIND", "PROPPATCH", "PUT", "QUERY",
        "REBIND", "REPORT", "SEARCH", "TRACE", "UNBIND", "UNCHECKOUT", "UNLINK", "UNLOCK", "UPDATE",
        "UPDATEREDIRECTREF", "VERSION-CONTROL",
    ]

    /// Parses `method SP request-target SP HTTP-version` into `head`.
    mutating func parseRequestLine(_ line: Range<Int>) throws(HTTPParseError) {
        guard let methodEnd = buffer[line].firstIndex(of: HTTPGrammar.space),
              let versionStart = buffer[line].lastIndex(of: HTTPGrammar.space).map({ $0 + 1 }),
              methodEnd + 1 < versionStart else { throw .invalidRequestLine }
        let method = buffer[line.lowerBound..<methodEnd]
        guard !method.isEmpty, method.allSatisfy(HTTPGrammar.isToken) else { throw .invalidRequestLine }
        head.method = String(decoding: method, as: UTF8.self)
        head.target = buffer[methodEnd + 1..<versionStart - 1]
        head.version = try parseVersion(buffer[versionStart..<line.upperBound])
        guard Self.registeredMethods.contains(head.method) else { throw .unknownMethod }
        try validateTarget()
    }

    private func parseVersion(_ version: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPVersion {
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)),
              HTTPGrammar.isDigit(version[version.startIndex + 5]),
              version[version.startIndex + 6] == UInt8(ascii: "."),
              HTTPGrammar.isDigit(version[version.startIndex + 7]) else { throw .invalidRequestLine }
        switch (version[version.startIndex + 5], version[version.startIndex + 7]) {
        case (UInt8(ascii: "1"), UInt8(ascii: "1")): return .http11
        case (UInt8(ascii: "1"), UInt8(ascii: "0")): return .http10
        default: throw .unsupportedVersion
        }
    }

    /// Accepts origin-form, absolute-form, asterisk-form for OPTIONS and authority-form for CONNECT.
    private func validateTarget() throws(HTTPParseError) {
        let target = head.target
        guard let first = target.first, target.allSatisfy(HTTPGrammar.isTarget) else { throw .invalidTarget }
        if head.method == "CONNECT" || first == HTTPGrammar.slash { return }
        if first == HTTPGrammar.asterisk, target.count == 1, head.method == "OPTIONS" { return }
        guard let colon = target.firstIndex(of: HTTPGrammar.colon), colon > target.startIndex,
              target[..<colon].allSatisfy({ isSchemeCharacter($0) }),
              isLetter(first) else { throw .invalidTarget }
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(HTTPGrammar.lowercased(byte))
    }

    private func isSchemeCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || HTTPGrammar.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    /// The next header or trailer line, counted against the header section limits.
    mutating func nextHeaderLine() throws(HTTPParseError) -> Range<Int>? {
        let left = configuration.maxHeaderSectionSize - head.headerSectionSize
        // A line starting with whitespace is obsolete line folding (RFC 9112 §5.2): rejected at once.
        if bufferedByteCount > 0, HTTPGrammar.isWhitespace(buffer[position]) { throw .invalidHeaderField }
        guard let line = try nextLine(limit: left - 2, tooLong: .headerSectionTooLarge) else { return nil }
        head.headerSectionSize += line.count + 2
        if !line.isEmpty, head.fields.count >= configuration.maxHeaderCount { throw .tooManyHeaderFields }
        return line
    }

    /// Parses `field-name ":" OWS field-value OWS`.
    mutating func parseField(_ line: Range<Int>) throws(HTTPParseError) -> HTTPHeaders.Field {
        guard let colon = buffer[line].firstIndex(of: HTTPGrammar.colon), colon > line.lowerBound,
              buffer[line.lowerBound..<colon].allSatisfy(HTTPGrammar.isToken) else { throw .invalidHeaderField }
        var start = colon + 1
        var end = line.upperBound
        while start < end, HTTPGrammar.isWhitespace(buffer[start]) { start += 1 }
        while end > start, HTTPGrammar.isWhitespace(buffer[end - 1]) { end -= 1 }
        let value = buffer[start..<end]
        guard value.allSatisfy(HTTPGrammar.isFieldValue) else { throw .invalidHeaderField }
        return HTTPHeaders.Field(
            name: String(decoding: buffer[line.lowerBound..<colon], as: UTF8.self),
            value: String(validating: value, as: UTF8.self) ?? String(value.map { Character(Unicode.Scalar($0)) })
        )
    }

    /// Checks a `Host` or `Content-Length` field as soon as it arrives.
    mutating func checkFraming(_ field: HTTPHeaders.Field) throws(HTTPParseError) {
        if HTTPHeaders.namesMatch(field.name, "Host") {
            head.hostCount += 1
            if head.hostCount > 1 { throw .duplicateHost }
        } else if HTTPHeaders.namesMatch(field.name, "Content-Length") {
            let length = try contentLength(field.value)
            guard head.contentLength == nil || head.contentLength == length else { throw .invalidContentLength }
            head.contentLength = length
        }
    }

    /// Checks `Host`, `Expect` and the body framing once the header section is complete, and enters the
    /// body state; returns the event to report now, if any.
    mutating func finishHead() throws(HTTPParseError) -> Event? {
        let headers = HTTPHeaders(head.fields)
        if head.hostCount == 0, head.version == .http11, configuration.requiresHost { throw .missingHost }
        if let expectation = headers["Expect"] {
            guard HTTPHeaders.namesMatch(expectation, "100-continue") else { throw .unsupportedExpectation }
            head.expectsContinue = true
        }
        let transferCodings = headers.values(for: "Transfer-Encoding")
        if !transferCodings.isEmpty {
            guard head.contentLength == nil else { throw .contentLengthWithTransferEncoding }
            try validateTransferCodings(transferCodings)
            state = .chunkSizeLine
        } else {
            guard let length = head.contentLength, length > 0 else { return .request(finishRequest()) }
            state = .contentBody(length: length)
        }
        return head.expectsContinue && bufferedByteCount == 0 ? .continueExpected : nil
    }

    /// The value of a `Content-Length` field (a list of equal values counts as one).
    private func contentLength(_ value: String) throws(HTTPParseError) -> Int {
        var length: Int?
        for element in value.split(separator: ",", omittingEmptySubsequences: false) {
            let digits = element.trimmingASCIIWhitespace().utf8
            guard !digits.isEmpty, digits.allSatisfy(HTTPGrammar.isDigit) else { throw .invalidContentLength }
            var number = 0
            for digit in digits {
                number = number * 10 + Int(digit - UInt8(ascii: "0"))
                if number > configuration.maxBodySize { throw .bodyTooLarge }
            }
            guard length == nil || length == number else { throw .invalidContentLength }
            length = number
        }
        return length ?? 0
    }

    /// Accepts exactly one `chunked`, last; any other coding is not implemented.
    private func validateTransferCodings(_ values: [String]) throws(HTTPParseError) {
        let codings = values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingASCIIWhitespace() }
        guard !codings.contains(where: \.isEmpty) else { throw .invalidTransferEncoding }
        guard codings.allSatisfy({ HTTPHeaders.namesMatch($0, "chunked") }) else {
            throw .unsupportedTransferCoding
        }
        guard codings.count == 1 else { throw .invalidTransferEncoding }
    }
}
