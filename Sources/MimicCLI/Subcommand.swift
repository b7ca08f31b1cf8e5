/// A command under `mimic`: what it accepts, and what it does with a parsed command line.
protocol Subcommand: Sendable {
    static var specification: CommandSpecification { get }
    /// Runs the command; the result is the process's exit status.
    static func run(_ arguments: ParsedArguments, console: Console) -> Int32
}

extension Subcommand {
    /// The contract paths given, or `Contracts` (the folder `mimic` serves by default).
    static func contractPaths(_ arguments: ParsedArguments) -> [String] {
        arguments.positionals.isEmpty ? ["Contracts"] : arguments.positionals
    }
}
