import MimicContracts

/// A command under `mimic`: what it accepts, and what it does with a parsed command line.
protocol Subcommand: Sendable {
    static var specification: CommandSpecification { get }
    /// Runs the command; the result is the process's exit status.
    static func run(_ arguments: ParsedArguments, console: Console) -> Int32
}

extension Subcommand {
    /// The folder `mimic` reads when no contract path is given.
    static var defaultContractsFolder: String { "Contracts" }

    /// The contract paths given as positional arguments, or ``defaultContractsFolder``.
    static func contractPaths(_ arguments: ParsedArguments) -> [String] {
        arguments.positionals.isEmpty ? [defaultContractsFolder] : arguments.positionals
    }

    /// Loads the contracts in `paths` and reports their errors on standard error, compiler-style; the
    /// contracts that did load are returned all the same.
    static func loadContracts(_ paths: [String], console: Console) -> ContractSet {
        let contracts = ContractLoader.serving.load(paths)
        reportErrors(contracts.diagnostics, console: console)
        return contracts
    }

    /// Writes the errors among `diagnostics` on standard error, compiler-style.
    static func reportErrors(_ diagnostics: [Diagnostic], console: Console) {
        var renderer = DiagnosticRenderer()
        for diagnostic in diagnostics where diagnostic.severity == .error {
            console.writeError(renderer.render(diagnostic))
        }
    }
}
