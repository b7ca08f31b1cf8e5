import MimicContracts

/// The operation a ``JournalEntry`` names, shared by the copies of the entry.
final class AnsweringOperation: Sendable {
    let operation: APIOperation

    init(_ operation: APIOperation) {
        self.operation = operation
    }
}
