import Dispatch
import Foundation

extension ServeCommand {
    /// Blocks until SIGINT or SIGTERM arrives; a second one then ends the process at once, without waiting
    /// for the graceful stop.
    static func waitForTermination() {
        let stopped = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { stopped.signal() }
            source.resume()
            return source
        }
        stopped.wait()
        sources.forEach { $0.cancel() }
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_DFL)
        }
    }

    /// Says on standard error how many log lines were dropped because standard output was not read fast
    /// enough, or was closed; nothing when none was.
    static func reportDroppedLogLines(_ dropped: Int, console: Console) {
        guard dropped > 0 else { return }
        console.writeError("mimic: \(dropped) log line\(dropped == 1 ? "" : "s") dropped: standard output was not read fast enough, or was closed\n")
    }

    /// The exit status of a stopped server that saw `invalidRequests` invalid requests (the journal's
    /// ``RequestJournal/invalidCount``): with `failOnInvalid`, 1 and a one-line summary on standard error when
    /// there was any; else 0.
    static func exitStatus(invalidRequests: Int, failOnInvalid: Bool, console: Console) -> Int32 {
        guard failOnInvalid, invalidRequests > 0 else { return ExitStatus.success }
        let summary = "\(invalidRequests) invalid request\(invalidRequests == 1 ? "" : "s")"
        console.writeError("mimic: \(summary) (see /__mimic/requests)\n")
        return ExitStatus.failure
    }
}
