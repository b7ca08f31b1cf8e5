/// A command line split by a ``CommandSpecification``: its positional arguments, option values and flags.
struct ParsedArguments {
    var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// A usage mistake: a message for the `Error:` line.
    struct UsageError: Error {
        var message: String
    }

    /// Splits `arguments` by `specification`; options may come as `--name value` or `--name=value`, and `--` ends options.
    init(_ arguments: [String], for specification: CommandSpecification) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard !optionsEnded, argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (name, inlineValue) = Self.split(argument)
            guard let option = (specification.options + [specification.helpOption]).first(where: { $0.names.contains(name) }) else {
                throw UsageError(message: "Unknown option '\(name)'")
            }
            let key = option.names.last!
            guard option.valueName != nil else {
                if inlineValue != nil { throw UsageError(message: "The flag '\(name)' does not take a value") }
                flags.insert(key)
                continue
            }
            guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
                throw UsageError(message: "Missing value for '\(name) <\(option.valueName!)>'")
            }
            if inlineValue == nil { index += 1 }
            if !option.choices.isEmpty, !option.choices.contains(value) {
                throw UsageError(message: "The value '\(value)' is invalid for '\(name) <\(option.valueName!)>'. Please provide one of '\(option.choices.joined(separator: "', '"))'.")
            }
            values[key, default: []].append(value)
        }
        if flags.contains("--help") { return }
        let required = specification.positionals.filter(\.required)
        if positionals.count < required.count {
            throw UsageError(message: "Missing expected argument '<\(required[positionals.count].name)>'")
        }
        if specification.positionals.last?.repeats != true, positionals.count > specification.positionals.count {
            throw UsageError(message: "Unexpected argument '\(positionals[specification.positionals.count])'")
        }
    }

    private static func split(_ argument: String) -> (name: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// The value given for the option whose long name is `name` (the last, when given several times).
    func value(_ name: String) -> String? {
        values[name]?.last
    }

    /// Every value given for the option whose long name is `name`, in order.
    func values(_ name: String) -> [String] {
        values[name] ?? []
    }

    /// Whether the flag whose long name is `name` was given.
    func flag(_ name: String) -> Bool {
        flags.contains(name)
    }
}
