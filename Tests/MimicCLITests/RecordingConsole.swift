import Synchronization
@testable import MimicCLI

/// A console that keeps what a command writes, for assertions; safe to write from several threads.
final class RecordingConsole: Console {
    private let recorded = Mutex((output: "", errors: ""))

    var output: String { recorded.withLock { $0.output } }
    var errors: String { recorded.withLock { $0.errors } }

    func write(_ text: String) {
        recorded.withLock { $0.output += text }
    }

    func writeError(_ text: String) {
        recorded.withLock { $0.errors += text }
    }

    func log(_ line: String) {
        write(line)
    }

    func finishLog() -> Int {
        0
    }
}

/// Runs `mimic` with `arguments` and returns its status and what it wrote.
func runMimic(_ arguments: String...) -> (status: Int32, output: String, errors: String) {
    let console = RecordingConsole()
    let status = MimicCommand.run(arguments, console: console)
    return (status, console.output, console.errors)
}
