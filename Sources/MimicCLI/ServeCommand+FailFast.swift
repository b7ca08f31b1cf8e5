import MimicContracts

extension ServeCommand {
    /// Why `contracts`, loaded from `paths`, must not be served, as a line for standard error; nil when they may.
    /// A server with no operation, or (unless `keepGoing`) with a contract in error, would only fail a CI job
    /// later with confusing 404s: it is better not started.
    static func reasonNotToServe(_ contracts: ContractSet, from paths: [String], keepGoing: Bool) -> String? {
        let errors = contracts.diagnostics.count { $0.severity == .error }
        let errorsAbove = "\(errors) error\(errors == 1 ? "" : "s") above"
        if contracts.operations.isEmpty {
            let loaded = "no operation was loaded from \(paths.joined(separator: ", "))"
            return "mimic: not serving: " + loaded + (errors > 0 ? " (\(errorsAbove))" : "") + "\n"
        }
        guard errors > 0, !keepGoing else { return nil }
        return "mimic: not serving: the contracts have \(errorsAbove); fix them, or serve the operations that loaded with --keep-going\n"
    }
}
