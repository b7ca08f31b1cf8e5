extension HTTPServer {
    /// A request the server answered on its own, without the handler: malformed or beyond a limit (the
    /// status of its `HTTPParseError`), too slow to arrive (408), or with a body beyond the body budget
    /// (503). A client refused before it sent anything (the connection cap's 503) is not one.
    public struct Refusal: Sendable, Equatable {
        /// The status answered.
        public var status: Int
        /// The sentence answered as the body, without its line end.
        public var reason: String
        /// The method, when the request line was read that far; nil otherwise.
        public var method: String?
        /// The request target, when the request line was read that far and the target is well-formed; nil
        /// otherwise.
        public var target: String?

        /// A refusal answered `status` with `reason`, of a request of which `method` and `target` were read.
        public init(status: Int, reason: String, method: String?, target: String?) {
            self.status = status
            self.reason = reason
            self.method = method
            self.target = target
        }
    }
}
