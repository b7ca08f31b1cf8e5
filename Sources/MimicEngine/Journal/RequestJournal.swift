import MimicHTTPTypes
import Synchronization

/// The requests the mock answered, newest last: the latest ``capacity`` in memory, counts of every
/// request and every invalid request since the start, and the first ``invalidCapacity`` invalid requests (for a
/// report at the end of a run). Safe to use from any thread.
///
/// Entries are numbered by a counter, never stamped with the clock, so the journal of a replayed session
/// is the same.
public final class RequestJournal: Sendable {
    /// How many entries a journal keeps unless told otherwise.
    public static let defaultCapacity = 1_000
    /// How many of the first invalid requests a journal keeps unless told otherwise.
    public static let defaultInvalidCapacity = 1_000

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
        var responseFaultCount = 0
        var responseFaultEntries: [JournalEntry] = []

        /// Counts `entry` as invalid, and keeps it while there is room.
        mutating func countInvalid(_ entry: JournalEntry, keepingAtMost capacity: Int) {
            invalidCount += 1
            if invalidEntries.count < capacity { invalidEntries.append(entry) }
        }
    }

    /// An empty journal keeping the latest `capacity` entries (at least one) and the first `invalidCapacity`
    /// invalid ones.
    public init(capacity: Int = defaultCapacity, invalidCapacity: Int = defaultInvalidCapacity) {
        self.capacity = capacity
        self.invalidCapacity = invalidCapacity
        state = Mutex(State(entries: RingBuffer(capacity: capacity)))
    }

    /// Adds `request` (its credentials redacted by `redaction`, its body cut to
    /// ``JournalEntry/keptBodySize``) and what answered it (in `milliseconds`), and returns the entry made.
    @discardableResult
    public func record(
        _ request: HTTPRequest, answeredWith result: MockResult, milliseconds: Double = 0,
        redaction: CredentialRedaction = CredentialRedaction()
    ) -> JournalEntry {
        let headers = redaction.redact(request.headers)
        let target = redaction.redact(target: request.target)
        let body = Array(request.body.prefix(JournalEntry.keptBodySize))
        return state.withLock { state in
            state.recordedCount += 1
            var entry = JournalEntry(
                sequence: state.recordedCount, method: request.method, target: target,
                status: result.response.status, operation: result.operation, violations: result.violations,
                milliseconds: milliseconds, forced: result.forced, headers: headers, body: body, bodySize: request.body.count,
                responseViolations: result.responseViolations)
            entry.note = result.note
            if entry.isInvalid { state.countInvalid(entry, keepingAtMost: invalidCapacity) }
            if !entry.responseViolations.isEmpty {
                state.responseFaultCount += 1
                if state.responseFaultEntries.count < invalidCapacity { state.responseFaultEntries.append(entry) }
            }
            state.entries.append(entry)
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
            state.countInvalid(entry, keepingAtMost: invalidCapacity)
            state.entries.append(entry)
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
