#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// What the event loops of one server share of their connections, so that the limits of
/// ``HTTPServer/Configuration`` hold for the server as a whole, not per loop: the connections open, the refused
/// clients being answered, the request body bytes held, and, per descriptor, since when a connection has waited
/// for a request head, so that the one waiting longest, on any loop, makes room for a new client.
///
/// Each loop publishes only its own connections; another loop wanting to close one claims it here (an atomic
/// exchange, so two loops never claim the same) and asks its owner to close it.
final class ConnectionLedger: @unchecked Sendable {
    /// A connection claimed for closing: its descriptor, the index of the loop that owns it, and since when it
    /// waited (as ``ConnectionLedger/moment(_:)`` gives it).
    struct Claim {
        let descriptor: Int32, loop: Int, waitingSince: Int64
    }

    /// ``HTTPServer/Configuration/maxConnections``.
    let maxConnections: Int
    /// How many refused clients may be kept while their 503 is written.
    let maxRefusedConnections: Int
    /// ``HTTPServer/Configuration/bodyMemoryBudget``.
    let bodyMemoryBudget: Int
    private let open = Atomic(0)
    private let refused = Atomic(0)
    private let claimsInFlight = Atomic(0)
    private let bodyBytes = Atomic(0)
    /// Per descriptor below `slotCount`: 0 when its connection is not waiting for a head, else
    /// `(nanoseconds since origin + 1) << 8 | loop index`.
    private let waiting: UnsafeMutablePointer<Atomic<Int64>>
    private let slotCount: Int
    /// One above the highest descriptor ever published, so that a search reads no more slots than needed.
    private let slotsInUse = Atomic(0)
    private let origin = ContinuousClock.now

    /// A ledger for descriptors below `descriptorLimit`, for at most 256 loops.
    init(maxConnections: Int, maxRefusedConnections: Int, bodyMemoryBudget: Int, descriptorLimit: Int) {
        self.maxConnections = maxConnections
        self.maxRefusedConnections = maxRefusedConnections
        self.bodyMemoryBudget = bodyMemoryBudget
        slotCount = max(1, descriptorLimit)
        // Zeroed by calloc(3), which for a large block maps the kernel's zero pages: a slot of zero bytes is
        // `Atomic(0)`, and a page is touched only once a descriptor on it is published. Initializing every slot cost
        // each start a `memset` and the page faults of 8 bytes per possible descriptor (160 KB for 20,000).
        guard let zeroed = calloc(slotCount, MemoryLayout<Atomic<Int64>>.stride) else {
            fatalError("cannot allocate the connection ledger's \(slotCount) slots")
        }
        waiting = zeroed.bindMemory(to: Atomic<Int64>.self, capacity: slotCount)
    }

    deinit {
        free(waiting)
    }

    /// Takes a place for a new connection; false when all are taken.
    func reserveConnection() -> Bool {
        reserve(1, in: open, limit: maxConnections)
    }

    /// Counts a claim on another loop's connection, posted to that loop with a new client for its place.
    func beginClaimInFlight() {
        claimsInFlight.wrappingAdd(1, ordering: .relaxed)
    }

    /// Counts a claim posted to its loop as handled.
    func endClaimInFlight() {
        claimsInFlight.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Whether a claim is on its way to the loop that owns its connection: that loop will soon serve a new
    /// client in its place, and that client can then be claimed in turn.
    var hasClaimsInFlight: Bool {
        claimsInFlight.load(ordering: .relaxed) > 0
    }

    func releaseConnection() {
        open.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Takes a place for a refused client kept while its 503 is written; false beyond ``maxRefusedConnections``.
    func reserveRefusal() -> Bool {
        reserve(1, in: refused, limit: maxRefusedConnections)
    }

    func releaseRefusal() {
        refused.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Holds `count` more bytes of the body budget; false, holding nothing more, beyond ``bodyMemoryBudget``.
    func reserveBody(_ count: Int) -> Bool {
        reserve(count, in: bodyBytes, limit: bodyMemoryBudget)
    }

    func releaseBody(_ count: Int) {
        bodyBytes.wrappingSubtract(count, ordering: .relaxed)
    }

    /// Records that the connection on `descriptor`, owned by `loop`, waits for a request head since `since`,
    /// or (nil) that it does not.
    func publish(_ descriptor: Int32, loop: Int, waitingSince since: ContinuousClock.Instant?) {
        let index = Int(descriptor)
        guard index < slotCount else { return }
        let value = since.map { (nanoseconds(of: $0) + 1) << 8 | Int64(loop) } ?? 0
        if value != 0, index >= slotsInUse.load(ordering: .relaxed) {
            _ = slotsInUse.max(index + 1, ordering: .relaxed)
        }
        waiting[index].store(value, ordering: .relaxed)
    }

    /// Claims the connection, of any loop, that has waited longest for a request head: it is no longer
    /// published, and its owner should close it. Nil when none waits.
    func claimLongestWaiting() -> Claim? {
        for _ in 0..<4 {
            var best: (index: Int, value: Int64)?
            for index in 0..<slotsInUse.load(ordering: .relaxed) {
                let value = waiting[index].load(ordering: .relaxed)
                if value != 0, value < best?.value ?? .max { best = (index, value) }
            }
            guard let best else { return nil }
            if waiting[best.index].compareExchange(expected: best.value, desired: 0, ordering: .relaxed).exchanged {
                return Claim(descriptor: Int32(best.index), loop: Int(best.value & 0xFF), waitingSince: best.value >> 8)
            }
        }
        return nil
    }

    /// `instant` as the ledger records moments: nanoseconds since the ledger was made, plus one (never 0). It is
    /// the value ``Claim/waitingSince`` has for a connection waiting since `instant`.
    func moment(_ instant: ContinuousClock.Instant) -> Int64 {
        nanoseconds(of: instant) + 1
    }

    private func nanoseconds(of instant: ContinuousClock.Instant) -> Int64 {
        let (seconds, attoseconds) = origin.duration(to: instant).components
        return max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    private func reserve(_ count: Int, in counter: borrowing Atomic<Int>, limit: Int) -> Bool {
        var current = counter.load(ordering: .relaxed)
        while true {
            guard current + count <= limit else { return false }
            let (exchanged, original) = counter.compareExchange(
                expected: current, desired: current + count, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
    }
}
