extension HTTPServer {
    /// Where an `HTTPServer` listens and the limits that keep it responsive.
    public struct Configuration: Sendable, Equatable {
        /// The address to bind: an IPv4 or IPv6 literal, or a name such as `localhost`.
        public var host: String
        /// The TCP port; 0 lets the system pick a free one (`start()` returns it).
        public var port: Int
        /// The largest request body accepted; larger → 413.
        public var maxBodySize: Int
        /// How long a keep-alive connection may stay idle between requests, in seconds.
        public var idleTimeout: Double
        /// How long a client may take to send a request's head (request line and header fields), in seconds,
        /// counted from its first byte, or from the connection for its first request. A slower one is
        /// answered 408 and closed (closed silently when it sent nothing), long before `idleTimeout`.
        public var headerTimeout: Double
        /// How long a client may take to send a whole request once it started it, in seconds; a slower one
        /// is answered 408 and closed, so a trickling client cannot hold a connection forever.
        public var requestTimeout: Double
        /// The most open connections. When a new client comes and every place is taken, the connection that
        /// has waited longest for a complete request head (idle between requests, or slow to send its head)
        /// is closed to make room; only when none is waiting is the new client answered 503 with
        /// `Connection: close`.
        public var maxConnections: Int
        /// The event-loop threads, each accepting clients and serving them to the end (at least one, at most
        /// 256); by default one per processor the process may run on.
        public var eventLoops: Int
        /// How long, in seconds, a loop may be busy in one round (from its wake-up to its next wait) and still
        /// take new clients. A new client goes to the first loop, in index order, that waits or has been busy for
        /// less; so clients fill the loops in order, and the next loop is used once the ones before fall behind.
        public var loopFallsBehindAfter: Double
        /// Whether the handler may block (waiting on another server, say): then every request is handed to one
        /// of the `workerThreads`, so that the event loops never wait. Otherwise requests are answered on the
        /// event loop that read them, and only those with a body of `largeBodySize` or more go to a thread.
        public var handlerMayBlock: Bool
        /// The threads running the handler for the requests the event loops do not answer themselves (see
        /// `handlerMayBlock`, `largeBodySize`), and streaming response bodies.
        public var workerThreads: Int
        /// The body size, in bytes, from which a request is handled on a thread of its own, one at a time, so
        /// that large bodies (slow to decode and check) never hold the threads everyone else is answered on;
        /// the memory their handling freed is given back to the system afterwards.
        public var largeBodySize: Int
        /// The most bytes of request bodies held at once, all connections together: bodies being received
        /// (counted at their declared `Content-Length`, or chunk by chunk) and received ones waiting for or
        /// with a worker. A request whose body would go beyond is answered 503 with `Retry-After` and
        /// `Connection: close`, before its body is read when its length is declared.
        public var bodyMemoryBudget: Int
        /// How long `stop()` waits, in seconds, for the requests already received to be answered and for
        /// requests being received to arrive and be answered; then every connection left is closed.
        public var stopGracePeriod: Double

        /// 127.0.0.1 on a free port, 10 MiB bodies, 60 s idle, 5 s header and 10 s request timeouts,
        /// 512 connections, an event loop per processor answering requests itself and falling behind after 1 ms,
        /// two worker threads and one for bodies of 1 MiB or more, 64 MiB of bodies at once, 5 s to stop.
        public init(
            host: String = "127.0.0.1", port: Int = 0, maxBodySize: Int = 10 * 1024 * 1024, idleTimeout: Double = 60,
            headerTimeout: Double = 5, requestTimeout: Double = 10, maxConnections: Int = 512,
            eventLoops: Int = HTTPServer.Configuration.availableCores, loopFallsBehindAfter: Double = 0.001,
            handlerMayBlock: Bool = false, workerThreads: Int = 2,
            largeBodySize: Int = 1024 * 1024, bodyMemoryBudget: Int = 64 * 1024 * 1024, stopGracePeriod: Double = 5
        ) {
            self.host = host
            self.port = port
            self.maxBodySize = maxBodySize
            self.idleTimeout = idleTimeout
            self.headerTimeout = headerTimeout
            self.requestTimeout = requestTimeout
            self.maxConnections = maxConnections
            self.eventLoops = eventLoops
            self.loopFallsBehindAfter = loopFallsBehindAfter
            self.handlerMayBlock = handlerMayBlock
            self.workerThreads = workerThreads
            self.largeBodySize = largeBodySize
            self.bodyMemoryBudget = bodyMemoryBudget
            self.stopGracePeriod = stopGracePeriod
        }

        /// The processors this process may run on (its CPU affinity), the default count of `eventLoops`.
        public static var availableCores: Int { AvailableCores.count }
    }
}
