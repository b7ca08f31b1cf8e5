import Mimic

extension ServeCommand {
    /// Checks that every `--report` names a format: a usage error otherwise, before the server starts.
    static func checkReportPaths(_ arguments: ParsedArguments) throws(ParsedArguments.UsageError) {
        for path in arguments.values("--report") where ReportFormat(path: path) == nil {
            throw .init(message: "The value '\(path)' is invalid for '--report <path>': expected a file name ending in .json or .xml.")
        }
    }

    /// Writes `report` to each of `paths`: 0, or 1 with a line on standard error for each that could not be written.
    static func writeReports(_ report: some WritableReport, to paths: [String], console: Console) -> Int32 {
        var status = ExitStatus.success
        for path in paths {
            do {
                try report.write(to: path)
            } catch {
                console.writeError("mimic: the report was not written: \(error)\n")
                status = ExitStatus.failure
            }
        }
        return status
    }

    /// With a `minimum` (`--min-coverage`), 1 and a line on standard error saying the figure when a smaller share
    /// of the operations was called; else 0.
    static func exitStatus(coverage: Coverage, minimum: Double?, console: Console) -> Int32 {
        let tally = coverage.operationTally
        guard let minimum, Double(tally.covered) * 100 < minimum * Double(tally.total) else { return ExitStatus.success }
        console.writeError("mimic: operation coverage \(tally.percent)% (\(tally.covered) of \(tally.total) operations called) is below --min-coverage \(minimum.asWritten)\n")
        return ExitStatus.failure
    }
}

extension ServeCommand {
    /// 1 and a line on standard error when any answer broke the contracts (counted only with
    /// `--validate-responses`, or by `mimic proxy`): Mimic's own fault, or the upstream server's when `proxied`,
    /// which the journal and the reports detail; else 0.
    static func exitStatus(responseFaults: Int, proxied: Bool, console: Console) -> Int32 {
        guard responseFaults > 0 else { return ExitStatus.success }
        let answers = responseFaults == 1 ? "1 answer" : "\(responseFaults) answers"
        let fault = proxied ? "the upstream server's fault" : "Mimic's fault"
        console.writeError("mimic: \(answers) broke the contracts (\(fault); the journal's responseViolations say how)\n")
        return ExitStatus.failure
    }
}

extension Double {
    /// The number as written on a command line: `50`, `12.5`.
    fileprivate var asWritten: String {
        rounded() == self ? String(Int(self)) : String(self)
    }
}
