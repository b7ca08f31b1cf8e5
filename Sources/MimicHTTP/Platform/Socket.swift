#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin wrappers over the POSIX socket calls the server makes, on raw descriptors. On Darwin, which has
/// neither `SOCK_NONBLOCK`/`SOCK_CLOEXEC` nor `MSG_NOSIGNAL`, the same effects come from `fcntl` and
/// `SO_NOSIGPIPE`.
enum Socket {
    /// A non-blocking listening socket bound to `host:port`, and the port it got.
    static func makeListener(host: String, port: Int, backlog: Int32) throws(HTTPServerError) -> (Int32, Int) {
        try withAddresses(host: host, port: port, flags: AI_PASSIVE | AI_NUMERICSERV) { first throws(HTTPServerError) in
            var lastError: Int32 = EADDRNOTAVAIL
            for info in sequence(first: first, next: { $0.pointee.ai_next }) {
                let descriptor = try open(info.pointee, nonBlocking: true)
                setOption(descriptor, SOL_SOCKET, SO_REUSEADDR)
                if bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                    guard listen(descriptor, backlog) == 0 else {
                        let error = errno
                        close(descriptor)
                        throw .systemCallFailed("listen", errno: error)
                    }
                    return (descriptor, boundPort(descriptor))
                }
                lastError = errno
                close(descriptor)
            }
            throw .bindFailed(host: host, port: port, errno: lastError)
        }
    }

    /// Accepts one pending client as a non-blocking socket with TCP_NODELAY; nil with `errno` set when
    /// none is pending or accepting failed.
    static func acceptClient(_ listener: Int32) -> Int32? {
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return nil }
        makeNonBlocking(client)
        setOption(client, Int32(IPPROTO_TCP), TCP_NODELAY)
        #if !canImport(Glibc)
        setOption(client, SOL_SOCKET, SO_NOSIGPIPE)
        #endif
        return client
    }

    /// Sends what the socket takes now without raising SIGPIPE; the count sent, 0 when it would block,
    /// nil when the peer is gone.
    static func sendAvailable(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Int? {
        let sent = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, sendFlags) }
        if sent >= 0 { return sent }
        return SystemError.isTransient(errno) ? 0 : nil
    }

    /// Reads what is there into `buffer`: the count read, 0 at end of stream, -1 with `errno` set.
    static func receive(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        recv(descriptor, buffer.baseAddress, buffer.count, 0)
    }

    /// Shuts the sending side: the peer reads the end of stream.
    static func shutdownWrite(_ descriptor: Int32) {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Makes a listening socket refuse new clients (and reset those not accepted yet), the descriptor staying
    /// open: shutdown(2) of a listening socket, which on Linux also makes accept(2) fail at once.
    static func stopListening(_ listener: Int32) {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    /// Makes closing the descriptor reset the connection (TCP RST) instead of ending it: `SO_LINGER` on, 0 s.
    static func resetOnClose(_ descriptor: Int32) {
        var linger = linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
    }

    /// Closes the descriptor.
    static func closeDescriptor(_ descriptor: Int32) {
        close(descriptor)
    }

    /// Sets an integer socket option to 1.
    static func setOption(_ descriptor: Int32, _ level: Int32, _ option: Int32) {
        var one: Int32 = 1
        setsockopt(descriptor, level, option, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Runs `body` on the addresses `host:port` resolves to for a stream socket.
    static func withAddresses<Result>(
        host: String, port: Int, flags: Int32,
        _ body: (UnsafeMutablePointer<addrinfo>) throws(HTTPServerError) -> Result
    ) throws(HTTPServerError) -> Result {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamType
        hints.ai_flags = flags
        var list: UnsafeMutablePointer<addrinfo>?
        let code = getaddrinfo(host, String(port), &hints, &list)
        guard code == 0, let first = list else { throw .invalidHost(host, code: code) }
        defer { freeaddrinfo(list) }
        return try body(first)
    }

    /// A socket for `info` that never raises SIGPIPE, non-blocking and close-on-exec if asked.
    static func open(_ info: addrinfo, nonBlocking: Bool) throws(HTTPServerError) -> Int32 {
        #if canImport(Glibc)
        let flags = nonBlocking ? Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue) : 0
        let descriptor = socket(info.ai_family, info.ai_socktype | flags, info.ai_protocol)
        guard descriptor >= 0 else { throw .systemCallFailed("socket", errno: errno) }
        #else
        let descriptor = socket(info.ai_family, info.ai_socktype, info.ai_protocol)
        guard descriptor >= 0 else { throw .systemCallFailed("socket", errno: errno) }
        if nonBlocking { makeNonBlocking(descriptor) }
        setOption(descriptor, SOL_SOCKET, SO_NOSIGPIPE)
        #endif
        return descriptor
    }

    private static func makeNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    private static var streamType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    private static var sendFlags: Int32 {
        #if canImport(Glibc)
        Int32(MSG_NOSIGNAL)
        #else
        0
        #endif
    }

    private static func boundPort(_ descriptor: Int32) -> Int {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
        }
        let family = address.ss_family
        return withUnsafePointer(to: &address) { pointer in
            if family == sa_family_t(AF_INET6) {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
    }
}
