import Foundation
import Synchronization

/// Watches the contract files some paths name, on a thread of its own, and calls `onChange` once they changed
/// and then held still for one more look (so that a file being written is not read half-way).
///
/// It polls: every ``interval`` it lists the files and reads their metadata (``ContractFileState``), never their
/// contents. A look that takes long (a huge folder) spaces the next ones out, to at most a fifth of one core.
final class ContractWatcher: Sendable {
    /// The seconds between two looks at the files.
    static let interval = 0.25

    private let paths: [String]
    private let onChange: @Sendable () -> Void
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let stopping = Mutex(false)

    /// A watcher of `paths` calling `onChange` (on its thread) after each change; it starts at once, from the
    /// files' state now.
    init(paths: [String], onChange: @escaping @Sendable () -> Void) {
        self.paths = paths
        self.onChange = onChange
        let baseline = ContractFileState(of: paths)
        Thread.detachNewThread { [self] in watch(from: baseline) }
    }

    /// Stops watching; returns once the thread has (after the reload under way, if any) when `waiting`.
    func stop(waiting: Bool = true) {
        let alreadyStopping = stopping.withLock { stopping in
            defer { stopping = true }
            return stopping
        }
        guard !alreadyStopping else { return }
        wake.signal()
        if waiting { finished.wait() }
    }

    private func watch(from baseline: ContractFileState) {
        var loaded = baseline
        var pending: ContractFileState?
        var pause = Self.interval
        while wake.wait(timeout: .now() + pause) == .timedOut {
            let started = DispatchTime.now().uptimeNanoseconds
            let state = ContractFileState(of: paths)
            if state == loaded {
                pending = nil
            } else if state == pending {
                loaded = state
                pending = nil
                onChange()
            } else {
                pending = state
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            pause = max(Self.interval, 4 * seconds)
        }
        finished.signal()
    }
}
