import Glibc

/// Thin wrappers over the POSIX socket calls the server makes, on raw descriptors.
enum Socket {
    /// A non-blocking listening socket bound to `host:port`, and the port it got.
    static func listen(host: String, port: Int, backlog: Int32) throws(HTTPServerError) -> (Int32, Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let code = getaddrinfo(host, String(port), &hints, &list)
        guard code == 0, let first = list else { throw .invalidHost(host, code: code) }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = EADDRNOTAVAIL
        for info in sequence(first: first, next: { $0.pointee.ai_next }) {
            let descriptor = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_NONBLOCK.rawValue)
                | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            guard descriptor >= 0 else { throw .systemCallFailed("socket", errno: errno) }
            setOption(descriptor, SOL_SOCKET, SO_REUSEADDR)
            if bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 {
                guard Glibc.listen(descriptor, backlog) == 0 else {
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

    /// Sets an integer socket option to 1.
    static func setOption(_ descriptor: Int32, _ level: Int32, _ option: Int32) {
        var one: Int32 = 1
        setsockopt(descriptor, level, option, &one, socklen_t(MemoryLayout<Int32>.size))
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

    /// Accepts one pending client as a non-blocking socket with TCP_NODELAY; nil with `errno` set when
    /// none is pending or accepting failed.
    static func accept(_ listener: Int32) -> Int32? {
        let client = Glibc.accept(listener, nil, nil)
        guard client >= 0 else { return nil }
        _ = fcntl(client, F_SETFL, O_NONBLOCK)
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        setOption(client, Int32(IPPROTO_TCP), TCP_NODELAY)
        return client
    }

    /// Sends what the socket takes now without raising SIGPIPE; the count sent, 0 when it would block,
    /// nil when the peer is gone.
    static func send(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Int? {
        let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent >= 0 { return sent }
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : nil
    }
}
