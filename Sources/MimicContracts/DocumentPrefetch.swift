import Dispatch
import MimicYAML
import Synchronization

/// Reads and parses the contract files of one load, in order, on a thread of its own (a ``HelperThread``), while
/// the loading thread imports the documents already parsed: a document's parse depends on nothing but its bytes, so
/// it may run ahead of the import, and a load of several files takes about as long as their imports on a machine
/// with a core to spare.
///
/// Whichever thread comes to a file first reads it: the loading thread takes a file the reader has not begun and
/// parses it itself, and waits for the file the reader is parsing at that moment, at most ``patience`` once: a
/// reader that took longer is taken to be held off the processor (a busy machine), and from then on the loading
/// thread parses every file it comes to that is not parsed yet, the reader's work on it wasted. The documents are
/// the same whichever thread parsed them, so the load's result does not depend on the threads' timing.
final class DocumentPrefetch: Sendable {
    /// How long the loading thread waits for the reader to finish a file before it parses the file itself.
    static let patience = DispatchTimeInterval.milliseconds(1)

    private enum Slot {
        case waiting
        case reading
        case read(Result<YAMLNode, Diagnostic>)
        case taken
    }

    private struct State {
        var slots: [Slot]
        /// Whether the loading thread still waits for the reader (it has not yet waited for it in vain).
        var patient = true
    }

    private let files: [String]
    private let state: Mutex<State>
    /// Signalled each time the reader has parsed a file.
    private let parsed = DispatchSemaphore(value: 0)

    /// Starts reading `files` (each named once), with `read` turning a file into its document. Should no thread
    /// start, the loading thread reads every file itself.
    init(_ files: [String], read: @escaping @Sendable (String) -> Result<YAMLNode, Diagnostic>) {
        self.files = files
        state = Mutex(State(slots: Array(repeating: .waiting, count: files.count)))
        HelperThread.detach { [self] in readAhead(with: read) }
    }

    /// The document of `file`, read by whichever thread came to it first (see above); nil when `file` is not one of
    /// the files read ahead, or was taken before.
    func take(_ file: String, read: (String) -> Result<YAMLNode, Diagnostic>) -> Result<YAMLNode, Diagnostic>? {
        guard let index = files.firstIndex(of: file) else { return nil }
        while true {
            let (slot, patient) = state.withLock { state in
                let slot = state.slots[index]
                switch slot {
                case .waiting, .read: state.slots[index] = .taken
                case .reading: if !state.patient { state.slots[index] = .taken }
                case .taken: break
                }
                return (slot, state.patient)
            }
            switch slot {
            case .waiting: return read(file)
            case .read(let document): return document
            case .reading where !patient: return read(file)
            case .reading:
                if parsed.wait(timeout: .now() + Self.patience) == .timedOut {
                    state.withLock { $0.patient = false }
                }
            case .taken: return nil
            }
        }
    }

    /// The reader: parses each file not yet taken, in order; a document the loading thread parsed itself
    /// meanwhile is dropped.
    private func readAhead(with read: (String) -> Result<YAMLNode, Diagnostic>) {
        for index in files.indices {
            let claimed = state.withLock { state in
                guard case .waiting = state.slots[index] else { return false }
                state.slots[index] = .reading
                return true
            }
            guard claimed else { continue }
            let document = read(files[index])
            state.withLock { state in
                if case .reading = state.slots[index] { state.slots[index] = .read(document) }
            }
            parsed.signal()
        }
    }
}
