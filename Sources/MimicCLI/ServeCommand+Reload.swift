import Mimic
import MimicContracts

extension ServeCommand {
    /// Says what a reload did: its errors on standard error, compiler-style, then `mimic reloaded (N operations
    /// from M files)` in the log, or, when the errors stopped it, which contracts are still served.
    static func reportReload(_ outcome: ReloadOutcome, console: Console) {
        switch outcome {
        case .reloaded(let contracts):
            reportErrors(contracts.diagnostics, console: console)
            console.log("mimic reloaded \(counts(of: contracts))\n")
        case .failed(let diagnostics, let kept):
            reportErrors(diagnostics, console: console)
            let errors = diagnostics.count { $0.severity == .error }
            console.writeError("mimic: not reloaded: the contracts have \(errors) error\(errors == 1 ? "" : "s") above; still serving the last good ones \(counts(of: kept))\n")
        }
    }

    /// `(N operations from M files)`.
    static func counts(of contracts: ContractSet) -> String {
        "(\(contracts.operations.count) operations from \(contracts.contracts.count) files)"
    }
}
