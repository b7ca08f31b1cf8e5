#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Socket {
    /// A non-blocking stream socket with TCP_NODELAY connected to `host:port`, trying each address the name
    /// resolves to until one accepts, within what is left before `deadline`.
    static func openConnection(host: String, port: Int, deadline: ContinuousClock.Instant) throws(HTTPClientError) -> Int32 {
        var lastError = ECONNREFUSED
        let connected: Int32?
        do {
            connected = try withAddresses(host: host, port: port, flags: AI_NUMERICSERV) { first throws(HTTPServerError) -> Int32? in
                for info in sequence(first: first, next: { $0.pointee.ai_next }) {
                    let descriptor = try open(info.pointee, nonBlocking: true)
                    guard let code = connectAddress(descriptor, info.pointee, deadline: deadline) else {
                        setOption(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY)
                        return descriptor
                    }
                    close(descriptor)
                    lastError = code
                }
                return nil
            }
        } catch {
            if case .invalidHost(_, let code) = error { throw .cannotResolve(host: host, code: code) }
            throw .connectFailed(host: host, port: port, errno: SystemError.current)
        }
        guard let connected else {
            throw lastError == ETIMEDOUT ? .connectTimedOut(host: host, port: port) : .connectFailed(host: host, port: port, errno: lastError)
        }
        return connected
    }

    /// Starts connecting and waits for the outcome until `deadline`: nil once connected, else the `errno`
    /// (`ETIMEDOUT` when the deadline passed first).
    private static func connectAddress(_ descriptor: Int32, _ info: addrinfo, deadline: ContinuousClock.Instant) -> Int32? {
        if connect(descriptor, info.ai_addr, info.ai_addrlen) == 0 { return nil }
        guard errno == EINPROGRESS || errno == EINTR else { return errno }
        guard wait(descriptor, for: .writable, until: deadline) else { return ETIMEDOUT }
        var code: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &code, &length)
        return code == 0 ? nil : code
    }

    /// Waits until `descriptor` is ready for `events` (or failed, which the next call reports); false when
    /// `deadline` passed first.
    static func wait(_ descriptor: Int32, for events: PollEvents, until deadline: ContinuousClock.Instant) -> Bool {
        var entry = pollfd(fd: descriptor, events: events.rawValue, revents: 0)
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let (seconds, attoseconds) = left.components
            let milliseconds = Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, Int64(Int32.max)))
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0, errno != EINTR { return true }
        }
    }
}
