import Foundation
import MimicContracts

extension RunReport {
    /// Why a report could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The report's bytes in `format`.
    public func rendered(as format: ReportFormat) -> [UInt8] {
        switch format {
        case .json: Array((json.serialized() + "\n").utf8)
        case .junit: Array(junitXML.utf8)
        }
    }

    /// Writes the report to `path` in the format its extension names (`.json`, `.xml`), atomically: into a
    /// temporary file in the same folder, then renamed over `path`, so a reader never sees half a report.
    ///
    /// - Throws: ``WriteError`` for another extension, or when the file cannot be written.
    public func write(to path: String) throws(WriteError) {
        guard let format = ReportFormat(path: path) else {
            throw WriteError(description: "\(path): a report's name ends in .json or .xml")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(rendered(as: format)).write(to: temporary)
        } catch {
            throw WriteError(description: "\(path): cannot write \(temporary.path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(description: "\(path): cannot rename \(temporary.path) to it: \(reason)")
        }
    }
}
