import Dispatch
import Foundation
import Synchronization

/// Writes lines to a file from a thread of its own, so that whoever logs never waits on the reader: a server
/// whose standard output is a pipe nobody reads, or a closed one, keeps answering.
///
/// Lines wait in one buffer of at most ``lineCapacity`` lines and ``capacity`` bytes. A line that does not fit, and
/// every line after the file has failed (a closed pipe, once `SIGPIPE` is ignored), is dropped and counted;
/// ``finish(within:)`` says how many were. The thread writes every queued line with one `write(2)`, then lets lines
/// gather for ``gatheringMicroseconds`` before it looks again, so that the first line after a quiet spell (the
/// readiness line) goes out at once, and a busy server costs a write per batch, not a write and a wake-up per line.
final class LineWriter: Sendable {
    /// How many bytes of lines may wait to be written by default.
    static let defaultCapacity = 1 << 20
    /// How many lines may wait to be written by default: a reader that keeps up never has more than a few
    /// waiting; one that stopped reading costs no more memory than this.
    static let defaultLineCapacity = 4_096
    /// How long lines gather after a write: short enough that the log reads as live, long enough that a busy
    /// server writes a batch of lines each time.
    static let gatheringMicroseconds: UInt32 = 10_000

    private struct State {
        var pending: [UInt8] = []
        var pendingLines = 0
        var dropped = 0
        var failed = false
        var finishing = false
        /// Whether the writing thread waits for ``wake``, so that the next line must signal it.
        var idle = false
    }

    let capacity: Int
    let lineCapacity: Int
    private let handle: FileHandle
    private let state = Mutex(State())
    /// Signalled when a line is queued to an idle writer, or the writer is asked to finish.
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
        let signal = state.withLock { state in
            guard !state.failed, !state.finishing, state.pendingLines < lineCapacity,
                  state.pending.count + line.utf8.count <= capacity else {
                state.dropped += 1
                return false
            }
            state.pending.append(contentsOf: line.utf8)
            state.pendingLines += 1
            defer { state.idle = false }
            return state.idle
        }
        if signal { wake.signal() }
    }

    /// Stops taking lines, waits at most `timeout` for the queued ones to be written, and returns how many
    /// lines were dropped (those still queued when the time is up included).
    func finish(within timeout: DispatchTimeInterval = .seconds(2)) -> Int {
        state.withLock { $0.finishing = true }
        wake.signal()
        let finished = stopped.wait(timeout: .now() + timeout) == .success
        return state.withLock { state in
            finished ? state.dropped : state.dropped + state.pendingLines
        }
    }

    /// The writing thread: waits for a line, takes every queued line at once and writes them in one call, lets
    /// more gather, and so on until asked to finish with nothing left, or the file fails.
    private func run() {
        var batch: [UInt8] = []
        while true {
            let waits = state.withLock { state in
                state.idle = state.pending.isEmpty && !state.finishing
                return state.idle
            }
            if waits { wake.wait() }
            let (lines, finishing) = state.withLock { state in
                swap(&batch, &state.pending)
                defer { state.pendingLines = 0 }
                return (state.pendingLines, state.finishing)
            }
            if !batch.isEmpty, !writeAll(batch) {
                state.withLock { state in
                    state.failed = true
                    state.dropped += lines
                }
            }
            batch.removeAll(keepingCapacity: true)
            if finishing || state.withLock({ $0.failed }) {
                stopped.signal()
                return
            }
            // Awake, not idle: the lines logged meanwhile gather without waking the thread.
            usleep(Self.gatheringMicroseconds)
        }
    }

    /// Writes all of `bytes`, retrying after interruptions and short writes, and waiting for a non-blocking file
    /// to take more; false when the file fails.
    private func writeAll(_ bytes: [UInt8]) -> Bool {
        let descriptor = handle.fileDescriptor
        return bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    var writable = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&writable, 1, -1)
                } else {
                    return false
                }
            }
            return true
        }
    }
}
