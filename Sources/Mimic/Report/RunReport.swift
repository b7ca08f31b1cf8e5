import MimicContracts
import MimicEngine

/// What a run of the mock saw, for a CI system when it stops: how many requests and how many invalid, the
/// invalid ones with their violations (the first ``RequestJournal/invalidCapacity``; the rest counted), and the
/// ``Coverage``. Written as JSON (``json``) or as a JUnit file (``junitXML``) by ``write(to:)``.
public struct RunReport: Sendable {
    /// Every request since the start.
    public var requests: Int
    /// Every invalid request since the start, listed or not.
    public var invalidRequests: Int
    /// The first invalid requests, oldest first: those an operation answered and those none did alike.
    public var invalidEntries: [JournalEntry]
    public var coverage: Coverage
    /// Where each operation of ``coverage`` is declared (its first source file), in the same order.
    public var files: [String]
    /// Every answer of Mimic's that broke its contract since the start (with `--validate-responses`), listed or not.
    public var responseFaults: Int
    /// The first answers that broke their contract, oldest first, each with its ``JournalEntry/responseViolations``.
    public var responseFaultEntries: [JournalEntry]

    public init(
        requests: Int, invalidRequests: Int, invalidEntries: [JournalEntry], coverage: Coverage, files: [String],
        responseFaults: Int = 0, responseFaultEntries: [JournalEntry] = []
    ) {
        self.requests = requests
        self.invalidRequests = invalidRequests
        self.invalidEntries = invalidEntries
        self.coverage = coverage
        self.files = files
        self.responseFaults = responseFaults
        self.responseFaultEntries = responseFaultEntries
    }

    /// The report of `service`'s run so far: its journal's counts and invalid entries, and its coverage.
    public init(_ service: MockService) {
        let journal = service.journal
        self.init(
            requests: journal.recordedCount, invalidRequests: journal.invalidCount, invalidEntries: journal.invalidEntries,
            coverage: service.coverage.coverage, files: service.contracts.operations.map { $0.sources.first?.file ?? "" },
            responseFaults: journal.responseFaultCount, responseFaultEntries: journal.responseFaultEntries)
    }

    /// Invalid requests not listed in ``invalidEntries``.
    public var invalidRequestsLeftOut: Int {
        invalidRequests - invalidEntries.count
    }

    /// The listed invalid requests an operation answered, by the operation's position in ``coverage``.
    var invalidEntriesByOperation: [[JournalEntry]] {
        var positions: [String: Int] = [:]
        for (position, operation) in coverage.operations.enumerated() {
            positions[operation.method + " " + operation.path] = position
        }
        var grouped = [[JournalEntry]](repeating: [], count: coverage.operations.count)
        for entry in invalidEntries {
            guard let operation = entry.operation, let position = positions[operation.method + " " + operation.path.description] else { continue }
            grouped[position].append(entry)
        }
        return grouped
    }

    /// The listed invalid requests no operation answered (an undeclared route or method, or refused by the
    /// HTTP layer), oldest first.
    var unmatchedInvalidEntries: [JournalEntry] {
        invalidEntries.filter { $0.operation == nil }
    }
}
