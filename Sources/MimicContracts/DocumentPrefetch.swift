import Foundation
import MimicYAML
import Synchronization

/// Reads and parses the contract files of one load, in order, on a thread of its own, while the loading thread
/// imports the documents already parsed: a document's parse depends on nothing but its bytes, so it may run ahead
/// of the import, and a load of several files takes about as long as their imports on a machine with a core to spare.
///
/// Whichever thread comes to a file first reads it: the loading thread takes a file the reader has not begun and
/// parses it itself, and waits only for the file the reader is parsing at that moment. The documents are the same
/// whichever thread parsed them, so the load's result does not depend on the threads' timing; a busy machine that
/// leaves the reader unscheduled costs no more than parsing every file on the loading thread.
final class DocumentPrefetch: Sendable {
    private enum Slot {
        case waiting
        case reading
        case read(Result<YAMLNode, Diagnostic>)
        case taken
    }

    private let files: [String]
    private let slots: Mutex<[Slot]>
    /// Signalled each time the reader has parsed a file.
    private let parsed = DispatchSemaphore(value: 0)

    /// Starts reading `files` (each named once), with `read` turning a file into its document.
    init(_ files: [String], read: @escaping @Sendable (String) -> Result<YAMLNode, Diagnostic>) {
        self.files = files
        slots = Mutex(Array(repeating: .waiting, count: files.count))
        Thread.detachNewThread { [self] in readAhead(with: read) }
    }

    /// The document of `file`, read by whichever thread came to it first; nil when `file` is not one of the files
    /// read ahead, or was taken before.
    func take(_ file: String, read: (String) -> Result<YAMLNode, Diagnostic>) -> Result<YAMLNode, Diagnostic>? {
        guard let index = files.firstIndex(of: file) else { return nil }
        while true {
            let slot = slots.withLock { slots in
                let slot = slots[index]
                switch slot {
                case .waiting, .read: slots[index] = .taken
                case .reading, .taken: break
                }
                return slot
            }
            switch slot {
            case .waiting: return read(file)
            case .read(let document): return document
            case .reading: parsed.wait()
            case .taken: return nil
            }
        }
    }

    /// The reader: parses each file not yet taken, in order.
    private func readAhead(with read: (String) -> Result<YAMLNode, Diagnostic>) {
        for index in files.indices {
            let claimed = slots.withLock { slots in
                guard case .waiting = slots[index] else { return false }
                slots[index] = .reading
                return true
            }
            guard claimed else { continue }
            let document = read(files[index])
            slots.withLock { $0[index] = .read(document) }
            parsed.signal()
        }
    }
}
