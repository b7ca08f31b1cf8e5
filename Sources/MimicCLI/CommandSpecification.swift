import Mimic

/// What a command accepts, and its help text, in swift-argument-parser's layout.
struct CommandSpecification: Sendable {
    /// A named option or flag.
    struct Option: Sendable {
        var names: [String]
        /// The value's placeholder (`format`), or nil for a flag.
        var valueName: String?
        var help: String
        var choices: [String] = []
        var defaultValue: String?
    }

    /// A positional argument: required ones come first; only the last may repeat.
    struct Positional: Sendable {
        var name: String
        var help: String
        var required = true
        var repeats = false
    }

    /// The command's words after `mimic` (empty for the root command).
    var name: String
    var overview: String
    var positionals: [Positional] = []
    var options: [Option] = []
    var subcommands: [(name: String, overview: String)] = []

    /// `-h, --help`, or only `--help` when the command gives `-h` another meaning (`mimic mock -h HOST`, as in Prism).
    var helpOption: Option {
        let names = options.contains { $0.names.contains("-h") } ? ["--help"] : ["-h", "--help"]
        return Option(names: names, valueName: nil, help: "Show help information.")
    }

    /// Whether the command has the option whose long name is `name`.
    func accepts(_ name: String) -> Bool {
        options.contains { $0.names.last == name }
    }

    /// A command that reads contract paths (default `./Contracts`) and prints as text or JSON.
    static func readingContracts(name: String, overview: String) -> CommandSpecification {
        CommandSpecification(
            name: name,
            overview: overview,
            positionals: [contractPaths],
            options: [Option(names: ["--format"], valueName: "format", help: "Output format.", choices: ["text", "json"], defaultValue: "text")])
    }

    /// `--strict`, for the commands that answer requests.
    /// `--seed`, for the commands that generate data.
    static let seedOption = Option(
        names: ["--seed"], valueName: "seed", help: "The seed of the generated data.", defaultValue: String(MockServer.Configuration().seed))

    static let strictOption = Option(
        names: ["--strict"], valueName: nil, help: "Also reject query parameters and form fields the contracts do not declare.")

    /// The contract files or folders a command reads, `./Contracts` when none are given.
    static let contractPaths = Positional(
        name: "paths", help: "Contract files or folders (searched recursively for .yaml, .yml, .json). (default: ./Contracts)",
        required: false, repeats: true)

    /// Prints `Error:` and `Usage:` lines for a wrong command line and returns the usage exit status.
    func reportUsageError(_ message: String, to console: Console) -> Int32 {
        console.writeError("Error: \(message)\nUsage: \(usage)\n  See '\(commandLine) --help' for more information.\n")
        return ExitStatus.usage
    }

    var commandLine: String {
        name.isEmpty ? "mimic" : "mimic \(name)"
    }

    var usage: String {
        var parts = [commandLine]
        if !subcommands.isEmpty { parts.append("<subcommand>") }
        for positional in positionals {
            let placeholder = "<\(positional.name)>" + (positional.repeats ? " ..." : "")
            parts.append(positional.required ? placeholder : "[\(placeholder)]")
        }
        for option in options {
            parts.append("[" + option.names.last! + (option.valueName.map { " <\($0)>" } ?? "") + "]")
        }
        return parts.joined(separator: " ")
    }

    var help: String {
        var text = "OVERVIEW: \(overview)\n\nUSAGE: \(usage)\n"
        if !positionals.isEmpty {
            text += "\nARGUMENTS:\n" + positionals.map { Self.row("<\($0.name)>", $0.help) }.joined()
        }
        text += "\nOPTIONS:\n"
        for option in options + [helpOption] {
            var help = option.help
            if !option.choices.isEmpty { help += " (values: \(option.choices.joined(separator: ", ")))" }
            if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
            text += Self.row(option.names.joined(separator: ", ") + (option.valueName.map { " <\($0)>" } ?? ""), help)
        }
        if !subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n" + subcommands.map { Self.row($0.name, $0.overview) }.joined()
            text += "\n  See '\(commandLine) help <subcommand>' for detailed help.\n"
        }
        return text
    }

    private static func row(_ label: String, _ help: String) -> String {
        let column = 26
        let indented = "  " + label
        return indented.count < column - 1
            ? indented + String(repeating: " ", count: column - indented.count) + help + "\n"
            : indented + "\n" + String(repeating: " ", count: column) + help + "\n"
    }
}
