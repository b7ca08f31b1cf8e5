#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The descriptors an event loop waits on, each registered once with the events it waits for and changed only
/// when that changes, so that a wake-up costs what is ready, not what is open.
///
/// On Linux it is an epoll(7) instance, level-triggered: a descriptor left ready (bytes not all read, a socket
/// still writable) is reported again at the next wait, so nothing is lost when a loop serves each connection a
/// bounded amount per wake-up, and nothing spins as long as the loop waits only for what it can act on (see
/// ``Connection/pollEvents``). Elsewhere (Darwin) the same registrations are waited on with poll(2).
struct EventPoller: ~Copyable {
    #if canImport(Glibc)
    private let descriptor: Int32
    /// `capacity` `struct epoll_event`s, filled by epoll_wait(2).
    private var events: [UInt8]
    private var readyCount = 0
    #else
    private var registered: [Int32: PollEvents] = [:]
    private var entries: [pollfd] = []
    #endif

    /// A poller reporting at most `capacity` ready descriptors per wait.
    init(capacity: Int = 256) throws(HTTPServerError) {
        #if canImport(Glibc)
        descriptor = LinuxCalls.epollCreate1(LinuxCalls.epollCloseOnExec)
        guard descriptor >= 0 else { throw .systemCallFailed("epoll_create1", errno: errno) }
        events = Array(repeating: 0, count: capacity * LinuxCalls.epollEventSize)
        #endif
    }

    deinit {
        #if canImport(Glibc)
        close(descriptor)
        #endif
    }

    /// Starts waiting for `events` on `fd`. `exclusive` (a listening socket several loops wait on) wakes one of
    /// the waiting loops per new client rather than all of them (`EPOLLEXCLUSIVE`).
    mutating func register(_ fd: Int32, for events: PollEvents, exclusive: Bool = false) {
        #if canImport(Glibc)
        control(LinuxCalls.epollAdd, fd, events: UInt32(UInt16(bitPattern: events.rawValue))
            | (exclusive ? LinuxCalls.epollExclusive : 0))
        #else
        registered[fd] = events
        #endif
    }

    /// Waits for `events` on `fd`, registered already, instead of what it waited for.
    mutating func change(_ fd: Int32, to events: PollEvents) {
        #if canImport(Glibc)
        control(LinuxCalls.epollModify, fd, events: UInt32(UInt16(bitPattern: events.rawValue)))
        #else
        registered[fd] = events
        #endif
    }

    /// Stops waiting on `fd` (closing a descriptor does that too).
    mutating func deregister(_ fd: Int32) {
        #if canImport(Glibc)
        control(LinuxCalls.epollDelete, fd, events: 0)
        #else
        registered[fd] = nil
        #endif
    }

    /// Waits until a descriptor is ready or `milliseconds` pass; then ``ready`` tells what happened.
    mutating func wait(milliseconds: Int32) {
        #if canImport(Glibc)
        let capacity = Int32(events.count / LinuxCalls.epollEventSize)
        let count = events.withUnsafeMutableBytes { LinuxCalls.epollWait(descriptor, $0.baseAddress, capacity, milliseconds) }
        readyCount = max(0, Int(count))
        #else
        entries = registered.map { pollfd(fd: $0.key, events: $0.value.rawValue, revents: 0) }
        _ = poll(&entries, nfds_t(entries.count), milliseconds)
        #endif
    }

    #if canImport(Glibc)
    /// epoll_ctl(2) with a `struct epoll_event` of `events` whose data is `fd`.
    private func control(_ operation: Int32, _ fd: Int32, events: UInt32) {
        var event = [UInt8](repeating: 0, count: LinuxCalls.epollEventSize)
        event.withUnsafeMutableBytes { bytes in
            bytes.storeBytes(of: events, toByteOffset: 0, as: UInt32.self)
            bytes.storeBytes(of: fd, toByteOffset: LinuxCalls.epollDataOffset, as: Int32.self)
            _ = LinuxCalls.epollControl(descriptor, operation, fd, bytes.baseAddress)
        }
    }
    #endif

    /// The descriptors something happened to in the last wait.
    var ready: [(descriptor: Int32, events: PollEvents)] {
        #if canImport(Glibc)
        events.withUnsafeBytes { bytes in
            (0..<readyCount).map { index in
                let start = index * LinuxCalls.epollEventSize
                let bits = bytes.loadUnaligned(fromByteOffset: start, as: UInt32.self)
                let fd = bytes.loadUnaligned(fromByteOffset: start + LinuxCalls.epollDataOffset, as: Int32.self)
                return (fd, PollEvents(rawValue: Int16(truncatingIfNeeded: bits)))
            }
        }
        #else
        entries.filter { $0.revents != 0 }.map { ($0.fd, PollEvents(rawValue: $0.revents)) }
        #endif
    }
}
