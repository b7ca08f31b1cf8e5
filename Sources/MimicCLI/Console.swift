import Foundation
import MimicContracts

/// Where a command writes: standard output for results, standard error for diagnostics and usage errors, and
/// the log, a line at a time, for what a running server reports.
protocol Console: Sendable {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Writes `line` (with its line break) to standard output without ever waiting on the reader: a line the
    /// reader is too slow for is dropped and counted instead. Lines keep their order.
    func log(_ line: String)
    /// Waits, briefly, for the logged lines to be written; returns how many were dropped.
    func finishLog() -> Int
    /// Gets the log ready for its first line (starts its writer), for a command that will log once it has done
    /// other work: the writer's start then overlaps that work instead of delaying the first line.
    func prepareLog()
}

extension Console {
    func prepareLog() {}
}

/// The process's own standard output and standard error.
struct StandardConsole: Console {
    /// The writer of ``log(_:)``, started by the first line logged.
    private static let logWriter = LineWriter(handle: .standardOutput)

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    func log(_ line: String) {
        Self.logWriter.write(line)
    }

    func finishLog() -> Int {
        Self.logWriter.finish()
    }

    /// Makes the writer on a ``HelperThread``: making it starts a Foundation `Thread`, whose setup then overlaps the
    /// caller's work rather than adding to it (a line logged meanwhile waits for the writer to be made).
    func prepareLog() {
        HelperThread.detach { _ = Self.logWriter }
    }
}
