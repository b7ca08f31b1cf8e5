import Dispatch
import Synchronization

/// What a worker sending a streamed body (``HTTPBodyStream``) and the event loop writing it share: the worker may
/// hand over ``piecesInFlight`` pieces the loop has not written yet, and learns that the connection is gone.
final class StreamChannel: Sendable {
    /// The most pieces handed to the loop and not yet written: the memory a streamed body holds in the server.
    static let piecesInFlight = 2

    private let room = DispatchSemaphore(value: 0)
    private let cancelled = Atomic(false)

    /// A channel with room for ``piecesInFlight`` pieces. (A semaphore made with a value above 0 may not be
    /// released below it, so the room is signalled instead.)
    init() {
        piecesWritten(Self.piecesInFlight)
    }

    /// Waits until the loop has written an earlier piece (at once for the first ones); false when the connection
    /// is gone, and the worker should stop.
    func waitForRoom() -> Bool {
        room.wait()
        return !cancelled.load(ordering: .acquiring)
    }

    /// The loop wrote `count` pieces.
    func piecesWritten(_ count: Int) {
        for _ in 0..<count { room.signal() }
    }

    /// The connection is gone: a waiting worker wakes and stops.
    func cancel() {
        cancelled.store(true, ordering: .releasing)
        room.signal()
    }
}
