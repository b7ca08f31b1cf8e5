import Foundation
import MimicContracts

/// Why a report could not be written.
public struct ReportWriteError: Error, CustomStringConvertible {
    public var description: String
}

/// A report for a CI system, written as JSON or as JUnit XML by the file's extension: ``RunReport`` (what a
/// served run saw) and ``VerificationReport`` (what `mimic verify` found).
public protocol WritableReport: Sendable {
    /// The report's bytes in `format`.
    func rendered(as format: ReportFormat) -> [UInt8]
}

extension WritableReport {
    /// Writes the report to `path` in the format its extension names (`.json`, `.xml`), atomically: into a
    /// temporary file in the same folder, then renamed over `path`, so a reader never sees half a report.
    ///
    /// - Throws: ``ReportWriteError`` for another extension, or when the file cannot be written.
    public func write(to path: String) throws(ReportWriteError) {
        guard let format = ReportFormat(path: path) else {
            throw ReportWriteError(description: "\(path): a report's name ends in .json or .xml")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(rendered(as: format)).write(to: temporary)
        } catch {
            throw ReportWriteError(description: "\(path): cannot write \(temporary.path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriteError(description: "\(path): cannot rename \(temporary.path) to it: \(reason)")
        }
    }
}

extension RunReport: WritableReport {
    /// Why a report could not be written.
    public typealias WriteError = ReportWriteError

    /// The report's bytes in `format`.
    public func rendered(as format: ReportFormat) -> [UInt8] {
        switch format {
        case .json: Array((json.serialized() + "\n").utf8)
        case .junit: Array(junitXML.utf8)
        }
    }
}
