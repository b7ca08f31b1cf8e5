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
///
/// Its files parsed, the reader imports ahead, from the last file back, each file it parsed that the loading thread
/// has not yet come to, in a session of its own (see ``IsolatedImport``), until it meets a file the loading thread
/// has come to: on a machine with a core to spare, the last files are imported while the loading thread imports
/// the first. The loading thread, coming to a file, takes its import if it is made, waits for it if it is being
/// made (with the same patience as for a parse), else imports the file itself, the reader then leaving it alone.
final class DocumentPrefetch: Sendable {
    /// How long the loading thread waits for the reader to finish a file before it parses the file itself.
    static let patience = DispatchTimeInterval.milliseconds(1)

    /// A piece of the reader's work (a file's parse, a file's import): not begun, under way, done, or taken by the
    /// loading thread (done by it, or handed to it).
    private enum Slot<Work> {
        case waiting
        case working
        case done(Work)
        case taken

        /// Begins the work on the reader's side; false when it is not waiting (the loading thread took it).
        mutating func begin() -> Bool {
            guard case .waiting = self else { return false }
            self = .working
            return true
        }

        /// Ends the work with `work`, unless the loading thread stopped waiting for it; false then.
        mutating func end(with work: Work) -> Bool {
            guard case .working = self else { return false }
            self = .done(work)
            return true
        }

        /// The slot as the loading thread finds it, taken by it unless under way while it is `patient`.
        mutating func take(patient: Bool) -> Slot {
            let found = self
            switch self {
            case .waiting, .done: self = .taken
            case .working: if !patient { self = .taken }
            case .taken: break
            }
            return found
        }
    }

    /// What the loading thread gets of a piece of work: its own to do, the reader's result, or nothing (taken before).
    private enum Claim<Work> {
        case own
        case done(Work)
        case gone
    }

    private struct State {
        var documents: [Slot<Result<YAMLNode, Diagnostic>>]
        var imports: [Slot<IsolatedImport?>]
        /// Whether the loading thread still waits for the reader (it has not yet waited for it in vain).
        var patient = true
    }

    private let files: [String]
    private let state: Mutex<State>
    /// Signalled each time the reader has parsed or imported a file.
    private let parsed = DispatchSemaphore(value: 0)

    /// Starts reading `files` (each named once), with `read` turning a file into its document, then importing the
    /// last of them with `importAhead` (nil: none). Should no thread start, the loading thread reads every file itself.
    init(
        _ files: [String], read: @escaping @Sendable (String) -> Result<YAMLNode, Diagnostic>,
        importAhead: (@Sendable (String, YAMLNode) -> IsolatedImport?)? = nil
    ) {
        self.files = files
        state = Mutex(State(documents: Array(repeating: .waiting, count: files.count), imports: Array(repeating: .waiting, count: files.count)))
        HelperThread.detach { [self] in
            let documents = readAhead(with: read)
            if let importAhead { self.importAhead(documents, with: importAhead) }
        }
    }

    /// The document of `file`, read by whichever thread came to it first (see above); nil when `file` is not one of
    /// the files read ahead, or was taken before.
    func take(_ file: String, read: (String) -> Result<YAMLNode, Diagnostic>) -> Result<YAMLNode, Diagnostic>? {
        guard let index = files.firstIndex(of: file) else { return nil }
        switch claim({ state.withLock { state in (state.documents[index].take(patient: state.patient), state.patient) } }) {
        case .own: return read(file)
        case .done(let document): return document
        case .gone: return nil
        }
    }

    /// The import of `file` the reader made ahead, if it made one and it is usable (see above); nil otherwise, and
    /// then the reader leaves the file alone. Asked once per file, in the files' order.
    func importedAhead(_ file: String) -> IsolatedImport? {
        guard let index = files.firstIndex(of: file) else { return nil }
        guard case .done(let part) = claim({ state.withLock { state in (state.imports[index].take(patient: state.patient), state.patient) } }) else { return nil }
        return part
    }

    /// The loading thread's claim on the slot `take` takes (under the lock, as patient as the load still is): waits
    /// while the reader works on it, at most ``patience`` once for the whole load; past that, work under way is the
    /// loading thread's own.
    private func claim<Work>(_ take: () -> (found: Slot<Work>, patient: Bool)) -> Claim<Work> {
        while true {
            let (found, patient) = take()
            switch found {
            case .waiting: return .own
            case .done(let work): return .done(work)
            case .taken: return .gone
            case .working where !patient: return .own
            case .working:
                if parsed.wait(timeout: .now() + Self.patience) == .timedOut {
                    state.withLock { $0.patient = false }
                }
            }
        }
    }

    /// The reader: parses each file not yet taken, in order; a document the loading thread parsed itself
    /// meanwhile is dropped. Returns the documents it parsed and handed over (not dropped), by file position.
    private func readAhead(with read: (String) -> Result<YAMLNode, Diagnostic>) -> [YAMLNode?] {
        var documents = [YAMLNode?](repeating: nil, count: files.count)
        for index in files.indices {
            guard state.withLock({ $0.documents[index].begin() }) else { continue }
            let document = read(files[index])
            let kept = state.withLock { $0.documents[index].end(with: document) }
            if kept, case .success(let root) = document { documents[index] = root }
            parsed.signal()
        }
        return documents
    }

    /// The reader, its parsing done: imports each file of `documents` with `importAhead`, from the last back, until
    /// it meets a file the loading thread has come to; an import the loading thread stopped waiting for is dropped.
    private func importAhead(_ documents: [YAMLNode?], with importAhead: (String, YAMLNode) -> IsolatedImport?) {
        for index in files.indices.reversed() {
            guard let document = documents[index] else { continue }
            guard state.withLock({ $0.imports[index].begin() }) else { return }
            let part = importAhead(files[index], document)
            _ = state.withLock { $0.imports[index].end(with: part) }
            parsed.signal()
        }
    }
}
