@testable import MimicCLI

/// A console that keeps what a command writes, for assertions.
final class RecordingConsole: Console, @unchecked Sendable {
    private(set) var output = ""
    private(set) var errors = ""

    func write(_ text: String) {
        output += text
    }

    func writeError(_ text: String) {
        errors += text
    }
}

/// Runs `mimic` with `arguments` and returns its status and what it wrote.
func runMimic(_ arguments: String...) -> (status: Int32, output: String, errors: String) {
    let console = RecordingConsole()
    let status = MimicCommand.run(arguments, console: console)
    return (status, console.output, console.errors)
}
