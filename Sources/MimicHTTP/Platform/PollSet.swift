#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The descriptors one poll(2) round waits on, and what happened to them.
struct PollSet {
    private var entries: [pollfd] = []

    /// Forgets every descriptor, keeping the storage for the next round.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }

    mutating func add(_ descriptor: Int32, waitingFor events: PollEvents) {
        entries.append(pollfd(fd: descriptor, events: events.rawValue, revents: 0))
    }

    /// Waits until a descriptor is ready or `milliseconds` pass.
    mutating func wait(milliseconds: Int32) {
        _ = poll(&entries, nfds_t(entries.count), milliseconds)
    }

    /// The descriptors something happened to in the last wait, in the order they were added.
    var ready: some Sequence<(descriptor: Int32, events: PollEvents)> {
        entries.lazy.filter { $0.revents != 0 }.map { ($0.fd, PollEvents(rawValue: $0.revents)) }
    }
}
