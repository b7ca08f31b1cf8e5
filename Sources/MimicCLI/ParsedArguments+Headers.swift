import MimicHTTPTypes

extension ParsedArguments {
    /// The header fields given as `--header 'Name: value'` (repeatable), in order.
    ///
    /// - Throws: a usage error for a value without a colon.
    func headers() throws(UsageError) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for header in values("--header") {
            guard let colon = header.firstIndex(of: ":") else {
                throw UsageError(message: "The value '\(header)' is invalid for '--header <header>': expected 'Name: value'.")
            }
            headers.add(String(header[..<colon].trimmingASCIIWhitespace()), String(header[header.index(after: colon)...].trimmingASCIIWhitespace()))
        }
        return headers
    }
}
