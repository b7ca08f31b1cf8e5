import MimicContracts

/// `mimic lint`: every diagnostic of the contracts, compiler-style; fails when any is an error.
enum LintCommand: Subcommand {
    static let specification = CommandSpecification.readingContracts(
        name: "lint",
        overview: "Check contracts and report every problem, compiler-style. Exits 1 if there is any error.")

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let contracts = ContractLoader.serving.load(contractPaths(arguments))
        if arguments.value("--format") == "json" {
            console.write(JSONValue.array(contracts.diagnostics.map(json)).serialized(pretty: true) + "\n")
        } else {
            var renderer = DiagnosticRenderer()
            for diagnostic in contracts.diagnostics {
                console.write(renderer.render(diagnostic))
            }
            console.write(summary(contracts))
        }
        return contracts.hasErrors ? ExitStatus.failure : ExitStatus.success
    }

    private static func summary(_ contracts: ContractSet) -> String {
        let errors = contracts.diagnostics.count { $0.severity == .error }
        let warnings = contracts.diagnostics.count { $0.severity == .warning }
        let files = contracts.files.count
        let operations = contracts.operations.count
        return "\(files) file\(files == 1 ? "" : "s"), \(operations) operation\(operations == 1 ? "" : "s"): "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    }

    private static func json(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            JSONMember("severity", .string(diagnostic.severity.rawValue)),
            JSONMember("code", .string(diagnostic.code)),
            JSONMember("message", .string(diagnostic.message)),
            JSONMember("file", .string(diagnostic.source.file)),
            JSONMember("line", .integer(diagnostic.source.location.line)),
            JSONMember("column", .integer(diagnostic.source.location.column)),
            JSONMember("notes", .array(diagnostic.notes.map(json))),
        ])
    }
}
