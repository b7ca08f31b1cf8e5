import MimicHTTPTypes

extension HTTPRequestParser {
    /// The limits a parser enforces, each with the status RFC 9110 gives for exceeding it.
    public struct Configuration: Sendable, Equatable {
        /// The longest request line, in bytes, without its CRLF; longer → 414.
        public var maxRequestLineLength: Int
        /// The largest header section (field lines and their CRLFs, trailers included); larger → 431.
        public var maxHeaderSectionSize: Int
        /// The most header fields (trailers included); more → 431.
        public var maxHeaderCount: Int
        /// The largest body, declared or received; larger → 413.
        public var maxBodySize: Int
        /// Whether an HTTP/1.1 request without `Host` is rejected with 400, as RFC 9112 §3.2 requires.
        /// Turn off only to read messages captured without one.
        public var requiresHost: Bool

        /// Limits of 8 KiB for the request line, 64 KiB and 100 fields for the header section, 10 MiB for
        /// the body, and `Host` required.
        public init(
            maxRequestLineLength: Int = 8 * 1024, maxHeaderSectionSize: Int = 64 * 1024, maxHeaderCount: Int = 100,
            maxBodySize: Int = 10 * 1024 * 1024, requiresHost: Bool = true
        ) {
            self.maxRequestLineLength = maxRequestLineLength
            self.maxHeaderSectionSize = maxHeaderSectionSize
            self.maxHeaderCount = maxHeaderCount
            self.maxBodySize = maxBodySize
            self.requiresHost = requiresHost
        }
    }
}
