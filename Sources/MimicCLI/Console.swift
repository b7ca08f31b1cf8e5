import Foundation

/// Where a command writes: standard output for results, standard error for diagnostics and usage errors.
protocol Console: Sendable {
    func write(_ text: String)
    func writeError(_ text: String)
}

/// The process's own standard output and standard error.
struct StandardConsole: Console {
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
