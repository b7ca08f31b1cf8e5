import Mimic
import MimicContracts

extension ServeCommand {
    /// Says what a reload did: its errors on standard error, compiler-style, then `mimic reloaded (N operations
    /// from M files)` in the log, or, when the errors (or the lack of any operation) stopped it, which contracts
    /// are still served.
    static func reportReload(_ outcome: ReloadOutcome, console: Console) {
        switch outcome {
        case .reloaded(let contracts):
            reportErrors(contracts.diagnostics, console: console)
            console.log("mimic reloaded \(counts(of: contracts))\n")
        case .failed(let diagnostics, let kept):
            reportErrors(diagnostics, console: console)
            let errors = diagnostics.count { $0.severity == .error }
            let reason = errors == 0 ? "no operation was loaded" : "the contracts have \(errors) error\(errors == 1 ? "" : "s") above"
            console.writeError("mimic: not reloaded: \(reason); still serving the last good ones \(counts(of: kept))\n")
        }
    }

    /// `(N operations from M files)`.
    static func counts(of contracts: ContractSet) -> String {
        "(\(contracts.operations.count) operations from \(contracts.contracts.count) files)"
    }
}
