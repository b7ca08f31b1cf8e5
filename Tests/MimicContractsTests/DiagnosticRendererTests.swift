import Foundation
import MimicYAML
import Testing
@testable import MimicContracts

@Suite struct DiagnosticRendererTests {
    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-render-\(UUID().uuidString).yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func at(_ file: String, line: Int, column: Int) -> SourceReference {
        SourceReference(file: file, location: SourceLocation(line: line, column: column, offset: 0))
    }

    @Test func showsTheSourceLineWithACaretUnderTheColumn() throws {
        let file = try write("paths:\n  /pets:\n    get: {}\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        var renderer = DiagnosticRenderer()
        let text = renderer.render(.warning("import.example", "something is off", at: at(file, line: 3, column: 5)))
        #expect(text == """
            \(file):3:5: warning: something is off [import.example]
             3 |     get: {}
               |     ^

            """)
    }

    @Test func notesFollowTheirDiagnostic() throws {
        let file = try write("a: 1\nb: 2\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        var renderer = DiagnosticRenderer()
        let diagnostic = Diagnostic.warning("merge.conflicting-enum", "two enums", at: at(file, line: 1, column: 4), notes: [.note("the other one", at: at(file, line: 2, column: 4))])
        #expect(renderer.render(diagnostic) == """
            \(file):1:4: warning: two enums [merge.conflicting-enum]
             1 | a: 1
               |    ^
            \(file):2:4: note: the other one
             2 | b: 2
               |    ^

            """)
    }

    @Test func longLinesAreCutToAWindowAroundTheColumn() throws {
        let file = try write(String(repeating: "x", count: 500) + "!" + String(repeating: "y", count: 500) + "\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        var renderer = DiagnosticRenderer()
        let lines = renderer.render(.error("json.syntax", "bad", at: at(file, line: 1, column: 501))).split(separator: "\n")
        #expect(lines[1] == " 1 | …" + String(repeating: "x", count: 60) + "!" + String(repeating: "y", count: 59) + "…")
        #expect(lines[2] == "   | " + String(repeating: " ", count: 61) + "^")
    }

    @Test func aMissingFileGivesTheSummaryAlone() {
        var renderer = DiagnosticRenderer()
        #expect(renderer.render(.error("load.not-found", "no such file", at: .start(of: "/nonexistent/api.yaml")))
            == "/nonexistent/api.yaml:1:1: error: no such file [load.not-found]\n")
    }
}
