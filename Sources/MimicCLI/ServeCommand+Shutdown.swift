import Foundation

extension ServeCommand {
    /// The signals `serve` answers: SIGINT and SIGTERM stop it, SIGHUP reloads the contracts.
    private static let handledSignals = [SIGINT, SIGTERM, SIGHUP]

    /// Holds SIGINT, SIGTERM and SIGHUP pending for ``waitForTermination(onHangUp:)`` to take. Called before any
    /// thread starts (threads inherit the mask), so that a signal sent at any moment, even before the server
    /// listens, is neither lost nor acted on by its default action on some other thread.
    static func holdTerminationSignals() {
        var signals = handledSignalSet()
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// Takes the held signals one by one until SIGINT or SIGTERM arrives, calling `onHangUp` for each SIGHUP
    /// meanwhile; then lets a second SIGINT or SIGTERM end the process at once, without waiting for the graceful
    /// stop. ``holdTerminationSignals()`` must have been called first.
    static func waitForTermination(onHangUp: () -> Void) {
        var signals = handledSignalSet()
        var received: Int32 = 0
        while sigwait(&signals, &received) != 0 || received == SIGHUP {
            if received == SIGHUP { onHangUp() }
        }
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_DFL)
            sigaddset(&stopping, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
    }

    private static func handledSignalSet() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in handledSignals { sigaddset(&signals, signalNumber) }
        return signals
    }

    /// Says on standard error how many log lines were dropped because standard output was not read fast
    /// enough, or was closed; nothing when none was.
    static func reportDroppedLogLines(_ dropped: Int, console: Console) {
        guard dropped > 0 else { return }
        console.writeError("mimic: \(dropped) log line\(dropped == 1 ? "" : "s") dropped: standard output was not read fast enough, or was closed\n")
    }

    /// The exit status of a stopped server that saw `invalidRequests` invalid requests (the journal's
    /// ``RequestJournal/invalidCount``): with `failOnInvalid`, 1 and a one-line summary on standard error when
    /// there was any, naming the `reports` that list them; else 0.
    static func exitStatus(invalidRequests: Int, failOnInvalid: Bool, reports: [String], console: Console) -> Int32 {
        guard failOnInvalid, invalidRequests > 0 else { return ExitStatus.success }
        let summary = "\(invalidRequests) invalid request\(invalidRequests == 1 ? "" : "s")"
        let pointer = reports.isEmpty ? "--report PATH writes them to a file" : "see " + reports.joined(separator: ", ")
        console.writeError("mimic: \(summary) (\(pointer))\n")
        return ExitStatus.failure
    }
}
