import Dispatch
import Foundation
import Synchronization

/// Writes lines to a file from a thread of its own, so that whoever logs never waits on the reader: a server
/// whose standard output is a pipe nobody reads, or a closed one, keeps answering.
///
/// Lines wait in a queue of at most ``lineCapacity`` lines and ``capacity`` bytes. A line that does not fit, and
/// every line after the file has failed (a closed pipe, once `SIGPIPE` is ignored), is dropped and counted;
/// ``finish(within:)`` says how many were.
final class LineWriter: Sendable {
    /// How many bytes of lines may wait to be written by default.
    static let defaultCapacity = 1 << 20
    /// How many lines may wait to be written by default: a reader that keeps up never has more than a few
    /// waiting; one that stopped reading costs no more memory than this.
    static let defaultLineCapacity = 4_096

    /// The least time between two writes, in seconds.
    static let batchInterval = 0.002

    private struct State {
        var pending: [String] = []
        var pendingBytes = 0
        var dropped = 0
        var failed = false
        var finishing = false
    }

    let capacity: Int
    let lineCapacity: Int
    private let handle: FileHandle
    private let state = Mutex(State())
    /// Signalled when lines are queued or the writer is asked to finish.
    private let wake = DispatchSemaphore(value: 0)
    /// Signalled once, when the writing thread has stopped.
    private let stopped = DispatchSemaphore(value: 0)

    /// A writer to `handle`, queueing at most `lineCapacity` lines and `capacity` bytes; its thread starts at once.
    init(handle: FileHandle, capacity: Int = LineWriter.defaultCapacity, lineCapacity: Int = LineWriter.defaultLineCapacity) {
        self.handle = handle
        self.capacity = capacity
        self.lineCapacity = lineCapacity
        let thread = Thread { [self] in run() }
        thread.name = "mimic-log"
        thread.start()
    }

    /// Queues `line` (with its line break), or drops it when the queue is full or the file has failed.
    func write(_ line: String) {
        // Only the first line queued wakes the writer, which takes every line queued by then.
        let wakesWriter = state.withLock { state in
            guard !state.failed, !state.finishing, state.pending.count < lineCapacity,
                  state.pendingBytes + line.utf8.count <= capacity else {
                state.dropped += 1
                return false
            }
            state.pending.append(line)
            state.pendingBytes += line.utf8.count
            return state.pending.count == 1
        }
        if wakesWriter { wake.signal() }
    }

    /// Stops taking lines, waits at most `timeout` for the queued ones to be written, and returns how many
    /// lines were dropped (those still queued when the time is up included).
    func finish(within timeout: DispatchTimeInterval = .seconds(2)) -> Int {
        state.withLock { $0.finishing = true }
        wake.signal()
        let finished = stopped.wait(timeout: .now() + timeout) == .success
        return state.withLock { state in
            finished ? state.dropped : state.dropped + state.pending.count
        }
    }

    /// The writing thread: takes every queued line at once and writes them in one call, at most once per
    /// ``batchInterval``, until asked to finish with nothing left, or the file fails.
    private func run() {
        while true {
            wake.wait()
            let (lines, finishing) = state.withLock { state in
                defer {
                    state.pending.removeAll(keepingCapacity: true)
                    state.pendingBytes = 0
                }
                return (state.pending, state.finishing)
            }
            if !lines.isEmpty {
                do {
                    try handle.write(contentsOf: Data(lines.joined().utf8))
                } catch {
                    state.withLock { state in
                        state.failed = true
                        state.dropped += lines.count
                    }
                }
            }
            if finishing || state.withLock({ $0.failed }) {
                stopped.signal()
                return
            }
            // Lines queued meanwhile wait for the next batch: a busy server wakes this thread a few hundred
            // times a second, not once per line.
            Thread.sleep(forTimeInterval: Self.batchInterval)
        }
    }
}
