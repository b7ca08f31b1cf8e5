import Foundation
import Testing
@testable import MimicCLI

/// The request log's writer never makes the server wait on its reader.
@Suite struct LineWriterTests {
    private static func lines(_ count: Int, width: Int) -> [String] {
        (0..<count).map { number in
            let text = "line \(number) "
            return text + String(repeating: "x", count: width - text.utf8.count - 1) + "\n"
        }
    }

    @Test func linesReachAReaderInOrderAndNoneIsDropped() throws {
        let pipe = Pipe()
        let writer = LineWriter(handle: pipe.fileHandleForWriting)
        let lines = Self.lines(500, width: 40)
        lines.forEach(writer.write)
        #expect(writer.finish() == 0)
        try pipe.fileHandleForWriting.close()
        let written = try #require(try pipe.fileHandleForReading.readToEnd())
        #expect(String(decoding: written, as: UTF8.self) == lines.joined())
    }

    @Test func aReaderThatNeverReadsCostsDroppedLinesNotAWait() {
        let pipe = Pipe()
        let writer = LineWriter(handle: pipe.fileHandleForWriting, capacity: 1_000)
        for line in Self.lines(10_000, width: 100) { writer.write(line) }
        // The pipe holds at most 64 KiB (655 lines of 100 bytes) and the queue 1,000 bytes (10 lines): every
        // other line is dropped, and writing them all returned without waiting for a reader.
        let dropped = writer.finish(within: .milliseconds(200))
        #expect((10_000 - 666)...10_000 ~= dropped)
    }

    @Test func aReaderThatNeverReadsHoldsAtMostTheLineCapacity() {
        let pipe = Pipe()
        let writer = LineWriter(handle: pipe.fileHandleForWriting, lineCapacity: 100)
        for line in Self.lines(10_000, width: 20) { writer.write(line) }
        // The pipe holds 64 KiB (3,276 lines of 20 bytes), the queue 100 lines: the rest is dropped.
        let dropped = writer.finish(within: .milliseconds(200))
        #expect((10_000 - 3_377)...10_000 ~= dropped)
    }

    @Test func aClosedReaderDropsEveryLineAndEndsNothing() throws {
        signal(SIGPIPE, SIG_IGN)
        // Close-on-exec, so that no `mimic` another test starts meanwhile inherits the read end and keeps it open.
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        close(ends[0])
        let writer = LineWriter(handle: FileHandle(fileDescriptor: ends[1], closeOnDealloc: true))
        Self.lines(10, width: 20).forEach(writer.write)
        #expect(writer.finish() == 10)
    }

    @Test func droppedLinesAreReportedOnStandardError() {
        let console = RecordingConsole()
        ServeCommand.reportDroppedLogLines(0, console: console)
        ServeCommand.reportDroppedLogLines(1, console: console)
        ServeCommand.reportDroppedLogLines(12, console: console)
        #expect(console.errors == """
            mimic: 1 log line dropped: standard output was not read fast enough, or was closed
            mimic: 12 log lines dropped: standard output was not read fast enough, or was closed

            """)
    }
}
