import Foundation

/// The built `mimic` binary run as a child process, as a CI job runs it: its standard output a pipe the test
/// reads only as far as it wants, its standard error a file.
final class MimicProcess {
    /// The `mimic` executable `swift build` put beside this test bundle (the test fails to start it if there is
    /// none).
    static let binary: URL = {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("mimic") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    let process = Process()
    /// Standard output, unread until the test reads it.
    let output = Pipe()
    private let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-stderr-\(UUID().uuidString)")

    /// Starts `mimic` with `arguments`.
    init(_ arguments: [String]) throws {
        process.executableURL = Self.binary
        process.arguments = arguments
        process.standardOutput = output
        try Data().write(to: errorFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: errorFile)
    }

    /// The first line of standard output, read a byte at a time so that nothing after it is consumed.
    func firstLine() -> String {
        var line: [UInt8] = []
        let handle = output.fileHandleForReading
        while let byte = try? handle.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
            line.append(first)
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// The port of a `mimic listening on http://127.0.0.1:PORT (…)` line.
    static func port(ofListeningLine line: String) -> Int? {
        guard let colon = line.range(of: "http://127.0.0.1:") else { return nil }
        return Int(line[colon.upperBound...].prefix { $0.isNumber })
    }

    /// What the process wrote on standard error so far.
    var errors: String {
        (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    /// Sends `signal` and waits up to `timeout` seconds for the process to exit: its exit status, or nil if it
    /// is still running (then it is killed).
    func stop(with signal: Int32 = SIGTERM, within timeout: Double = 5) -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        guard !process.isRunning else { return nil }
        return process.terminationStatus
    }
}
