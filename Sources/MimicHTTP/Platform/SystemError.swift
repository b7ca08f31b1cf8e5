#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `errno` codes the server tells apart, and the system's words for them.
enum SystemError {
    /// The `errno` of the last failed system call on this thread.
    static var current: Int32 { errno }

    /// `EADDRINUSE`: another socket is bound to the address.
    static var addressInUse: Int32 { EADDRINUSE }

    /// Whether the call would have blocked or was interrupted, and may simply be retried later.
    static func isTransient(_ code: Int32) -> Bool {
        code == EAGAIN || code == EWOULDBLOCK || code == EINTR
    }

    /// Whether the process or system ran out of descriptors or memory, which passes with time.
    static func isResourceShortage(_ code: Int32) -> Bool {
        [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(code)
    }

    /// `strerror`'s text for an `errno` code.
    static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// `gai_strerror`'s text for a `getaddrinfo` code.
    static func resolverMessage(_ code: Int32) -> String {
        String(cString: gai_strerror(code))
    }
}
