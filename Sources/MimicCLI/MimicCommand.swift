/// The `mimic` command: dispatches to its subcommands and answers `--help` and `--version`.
enum MimicCommand {
    static let version = "0.1.0"

    static let subcommands: [any Subcommand.Type] = [ServeCommand.self, MockCommand.self, ProxyCommand.self, ExampleCommand.self, VerifyCommand.self, RoutesCommand.self, LintCommand.self, DumpCommand.self]

    static let specification = CommandSpecification(
        name: "",
        overview: "A contract-driven mock server: serves Swagger 2.0, OpenAPI 3.x and Postman contracts with deterministic data.",
        options: [.init(names: ["--version"], valueName: nil, help: "Show the version.")],
        subcommands: subcommands.map { ($0.specification.name, $0.specification.overview) })

    /// Runs `mimic` with `arguments` (without the program name) and returns the exit status.
    static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.write(specification.help)
            return ExitStatus.success
        }
        if ["--version", "-h", "--help"].contains(first), let extra = arguments.dropFirst().first {
            return specification.reportUsageError("Unexpected argument '\(extra)'", to: console)
        }
        switch first {
        case "--version":
            console.write(version + "\n")
            return ExitStatus.success
        case "-h", "--help":
            console.write(specification.help)
            return ExitStatus.success
        case "help":
            guard let name = arguments.dropFirst().first else {
                console.write(specification.help)
                return ExitStatus.success
            }
            guard let command = subcommand(named: name) else { return specification.reportUsageError("Unknown subcommand '\(name)'", to: console) }
            console.write(command.specification.help)
            return ExitStatus.success
        default:
            guard let command = subcommand(named: first) else {
                return specification.reportUsageError(first.hasPrefix("-") ? "Unknown option '\(first)'" : "Unknown subcommand '\(first)'", to: console)
            }
            let rest = Array(arguments.dropFirst())
            let parsed: ParsedArguments
            do {
                parsed = try ParsedArguments(rest, for: command.specification)
            } catch {
                return command.specification.reportUsageError(error.message, to: console)
            }
            if parsed.flag("--help") {
                console.write(command.specification.help)
                return ExitStatus.success
            }
            return command.run(parsed, console: console)
        }
    }

    private static func subcommand(named name: String) -> (any Subcommand.Type)? {
        subcommands.first { $0.specification.name == name }
    }
}
