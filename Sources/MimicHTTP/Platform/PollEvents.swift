#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The event bits a descriptor waits for or reports: poll(2)'s, which epoll(7)'s equal on Linux.
struct PollEvents: OptionSet {
    let rawValue: Int16

    static let readable = PollEvents(rawValue: Int16(POLLIN))
    static let writable = PollEvents(rawValue: Int16(POLLOUT))
    /// The peer hung up (reported, never waited for).
    static let hangUp = PollEvents(rawValue: Int16(POLLHUP))
    /// An error or an invalid descriptor (reported, never waited for).
    static let failure = PollEvents(rawValue: Int16(POLLERR | POLLNVAL))
}
