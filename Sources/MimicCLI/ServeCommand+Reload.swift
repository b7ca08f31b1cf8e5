import Mimic
import MimicContracts

extension ServeCommand {
    /// Says what a reload did: `mimic reloaded (N operations from M files)` in the log, or the errors that
    /// stopped it on standard error, compiler-style, then which contracts are still served.
    static func reportReload(_ outcome: ReloadOutcome, console: Console) {
        switch outcome {
        case .reloaded(let contracts):
            console.log("mimic reloaded \(counts(of: contracts))\n")
        case .failed(let diagnostics, let kept):
            reportErrors(diagnostics, console: console)
            console.writeError("mimic: not reloaded, the contracts have errors; still serving the last good ones \(counts(of: kept))\n")
        }
    }

    /// `(N operations from M files)`.
    static func counts(of contracts: ContractSet) -> String {
        "(\(contracts.operations.count) operations from \(contracts.contracts.count) files)"
    }
}
