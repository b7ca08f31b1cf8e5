import MimicHTTPTypes
import Synchronization

/// The requests the mock answered, newest last: the latest ``capacity`` in memory, counts of every
/// request and every invalid request since the start, and the first ``invalidCapacity`` invalid requests (for a
/// report at the end of a run). Safe to use from any thread.
///
/// Memory is bounded in bytes too: each list keeps at most ``bytesPerEntry`` times its capacity of an entry's
/// texts, header fields, body and violations (``JournalEntry/weight``), so that a thousand requests with large
/// headers and bodies cost at most a few MiB. The latest entries then drop the oldest sooner; the first invalid
/// ones stop being kept sooner (the counts go on).
///
/// Entries are numbered by a counter, never stamped with the clock, so the journal of a replayed session
/// is the same.
public final class RequestJournal: Sendable {
    /// How many entries a journal keeps unless told otherwise.
    public static let defaultCapacity = 1_000
    /// How many of the first invalid requests a journal keeps unless told otherwise.
    public static let defaultInvalidCapacity = 1_000
    /// How many bytes (by ``JournalEntry/weight``) each list keeps per entry of its capacity, on average: 2 KiB,
    /// so 2 MB for the default thousand entries.
    public static let bytesPerEntry = 2_048

    /// The most entries kept; older ones are dropped as new ones come.
    public let capacity: Int
    /// The most invalid entries kept for ``invalidEntries``: the first ones, whatever ``clear()`` forgets.
    public let invalidCapacity: Int
    private let state: Mutex<State>

    private struct State {
        var entries: RingBuffer<JournalEntry>
        var recordedCount = 0
        var invalidCount = 0
        var invalidEntries: [JournalEntry] = []
        var invalidBytes = 0
        var responseFaultCount = 0
        var responseFaultEntries: [JournalEntry] = []
        var responseFaultBytes = 0

        /// Keeps `entry`, numbered, among the latest, and counts it as invalid or as a response fault when it is one.
        mutating func keep(_ entry: JournalEntry, invalidCapacity: Int) {
            let weight = entry.weight
            let listBytes = RequestJournal.byteCapacity(of: invalidCapacity)
            if entry.isInvalid {
                invalidCount += 1
                if invalidEntries.count < invalidCapacity, invalidBytes + weight <= listBytes {
                    invalidEntries.append(entry)
                    invalidBytes += weight
                }
            }
            if !entry.responseViolations.isEmpty {
                responseFaultCount += 1
                if responseFaultEntries.count < invalidCapacity, responseFaultBytes + weight <= listBytes {
                    responseFaultEntries.append(entry)
                    responseFaultBytes += weight
                }
            }
            entries.append(entry, weight: weight)
        }
    }

    /// An empty journal keeping the latest `capacity` entries (at least one) and the first `invalidCapacity`
    /// invalid ones, each list within ``bytesPerEntry`` a place.
    public init(capacity: Int = defaultCapacity, invalidCapacity: Int = defaultInvalidCapacity) {
        self.capacity = capacity
        self.invalidCapacity = invalidCapacity
        state = Mutex(State(entries: RingBuffer(capacity: capacity, byteCapacity: Self.byteCapacity(of: capacity))))
    }

    /// How many bytes a list of `count` entries keeps at most: ``bytesPerEntry`` each.
    private static func byteCapacity(of count: Int) -> Int {
        let bytes = count.multipliedReportingOverflow(by: bytesPerEntry)
        return bytes.overflow ? .max : bytes.partialValue
    }

    /// Adds `request` (its credentials redacted by `redaction`, its body cut to
    /// ``JournalEntry/keptBodySize``) and what answered it (in `milliseconds`), and returns the entry made.
    @discardableResult
    public func record(
        _ request: HTTPRequest, answeredWith result: MockResult, milliseconds: Double = 0,
        redaction: CredentialRedaction = CredentialRedaction()
    ) -> JournalEntry {
        record(Self.entry(for: request, answeredWith: result, redaction: redaction), milliseconds: milliseconds)
    }

    /// The entry ``record(_:answeredWith:milliseconds:redaction:)`` makes for `request`, not numbered yet (0) nor
    /// timed: the same for the same request and answer, so that it can be kept and recorded again with
    /// ``record(_:milliseconds:)``.
    public static func entry(
        for request: HTTPRequest, answeredWith result: MockResult, redaction: CredentialRedaction = CredentialRedaction()
    ) -> JournalEntry {
        var entry = JournalEntry(
            sequence: 0, method: request.method, target: redaction.redact(target: request.target),
            status: result.response.status, operation: result.operation, violations: result.violations,
            forced: result.forced, headers: redaction.redact(request.headers),
            body: request.body.isEmpty ? [] : Array(request.body.prefix(JournalEntry.keptBodySize)), bodySize: request.body.count,
            responseViolations: result.responseViolations)
        entry.note = result.note
        return entry
    }

    /// Adds `entry` (made by ``entry(for:answeredWith:redaction:)``), numbered next and answered in
    /// `milliseconds`, and returns it as added.
    @discardableResult
    public func record(_ entry: JournalEntry, milliseconds: Double) -> JournalEntry {
        var entry = entry
        entry.milliseconds = milliseconds
        return state.withLock { state in
            state.recordedCount += 1
            entry.sequence = state.recordedCount
            state.keep(entry, invalidCapacity: invalidCapacity)
            return entry
        }
    }

    /// Adds a request the HTTP layer refused before the mock saw it, with what could be read of it (empty
    /// strings for what could not), and returns the entry made; it counts as invalid.
    @discardableResult
    public func recordRefusal(method: String, target: String, status: Int, reason: String) -> JournalEntry {
        state.withLock { state in
            state.recordedCount += 1
            let entry = JournalEntry(
                sequence: state.recordedCount, method: method, target: target, status: status, operation: nil,
                violations: [], refusal: reason)
            state.keep(entry, invalidCapacity: invalidCapacity)
            return entry
        }
    }

    /// The entries kept, oldest first.
    public var entries: [JournalEntry] {
        state.withLock { $0.entries.elements }
    }

    /// How many requests were recorded since the start, cleared ones included.
    public var recordedCount: Int {
        state.withLock { $0.recordedCount }
    }

    /// How many invalid requests were recorded since the start, cleared or dropped ones included.
    public var invalidCount: Int {
        state.withLock { $0.invalidCount }
    }

    /// The first ``invalidCapacity`` invalid requests since the start, oldest first, cleared ones included;
    /// ``invalidCount`` minus their number were left out.
    public var invalidEntries: [JournalEntry] {
        state.withLock { $0.invalidEntries }
    }

    /// How many of Mimic's answers broke their contract since the start (with `--validate-responses`).
    public var responseFaultCount: Int {
        state.withLock { $0.responseFaultCount }
    }

    /// The first ``invalidCapacity`` requests whose answers broke their contract since the start, oldest first;
    /// ``responseFaultCount`` minus their number were left out.
    public var responseFaultEntries: [JournalEntry] {
        state.withLock { $0.responseFaultEntries }
    }

    /// Forgets the entries kept; the counts, the sequence numbers and the ``invalidEntries`` go on.
    public func clear() {
        state.withLock { $0.entries.removeAll() }
    }

    /// The entries and counts, read at one instant.
    func snapshot() -> (entries: [JournalEntry], recordedCount: Int, invalidCount: Int) {
        state.withLock { ($0.entries.elements, $0.recordedCount, $0.invalidCount) }
    }
}
