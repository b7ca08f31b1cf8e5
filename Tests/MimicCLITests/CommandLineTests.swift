import Testing
@testable import MimicCLI

@Suite struct CommandLineTests {
    @Test func versionPrintsTheVersionAlone() {
        let result = runMimic("--version")
        #expect(result.status == 0)
        #expect(result.output == "\(MimicCommand.version)\n")
    }

    @Test func routesHelpFollowsArgumentParserLayout() {
        let result = runMimic("routes", "--help")
        #expect(result.status == 0)
        #expect(result.output == """
            OVERVIEW: List the operations the contracts declare, merged into one route table.

            USAGE: mimic routes [<paths> ...] [--format <format>]

            ARGUMENTS:
              <paths>                 Contract files or folders (searched recursively for .yaml, .yml, .json). (default: ./Contracts)

            OPTIONS:
              --format <format>       Output format. (values: text, json) (default: text)
              -h, --help              Show help information.

            """)
    }

    @Test func everySubcommandAnswersShortHelpButMockWhoseDashHIsTheHost() {
        for command in MimicCommand.subcommands {
            let result = runMimic(command.specification.name, command.specification.name == "mock" ? "--help" : "-h")
            #expect(result.status == 0)
            #expect(result.output.hasPrefix("OVERVIEW: \(command.specification.overview)\n"))
        }
    }

    @Test func helpSubcommandShowsTheNamedCommandsHelp() {
        #expect(runMimic("help", "lint").output == runMimic("lint", "--help").output)
    }

    @Test func rootHelpListsTheSubcommands() {
        let output = runMimic("--help").output
        #expect(output.contains("SUBCOMMANDS:\n  serve                   Serve the contracts over HTTP"))
        #expect(output.contains("\n  mock                    Serve one contract as `prism mock` does"))
        #expect(output.contains("\n  example                 Print the response 'mimic serve' would give"))
        #expect(output.contains("\n  verify                  Send each operation's requests to a server and check its answers against the contracts."))
        #expect(output.contains("\n  routes                  List the operations"))
        #expect(output.contains("\n  lint                    Check contracts"))
        #expect(output.contains("\n  dump                    Print a YAML or JSON document"))
    }

    @Test func unknownOptionIsAUsageErrorWithExit64() {
        let result = runMimic("routes", "--frmat", "json")
        #expect(result.status == 64)
        #expect(result.output == "")
        #expect(result.errors == """
            Error: Unknown option '--frmat'
            Usage: mimic routes [<paths> ...] [--format <format>]
              See 'mimic routes --help' for more information.

            """)
    }

    @Test func invalidChoiceNamesTheAllowedValues() {
        let result = runMimic("lint", "--format", "xml")
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json'.\n"))
    }

    @Test func missingOptionValueIsAUsageError() {
        let result = runMimic("routes", "--format")
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: Missing value for '--format <format>'\n"))
    }

    @Test func dumpNeedsExactlyOneFile() {
        #expect(runMimic("dump").errors.hasPrefix("Error: Missing expected argument '<file>'\nUsage: mimic dump <file>\n"))
        #expect(runMimic("dump", "a.yaml", "b.yaml").errors.hasPrefix("Error: Unexpected argument 'b.yaml'\n"))
    }

    @Test func unknownSubcommandIsAUsageError() {
        let result = runMimic("rotues")
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: Unknown subcommand 'rotues'\nUsage: mimic <subcommand> [--version]\n"))
    }

    @Test func optionValuesMayFollowAnEqualsSign() throws {
        let arguments = try ParsedArguments(["--format=json", "Contracts"], for: RoutesCommand.specification)
        #expect(arguments.value("--format") == "json")
        #expect(arguments.positionals == ["Contracts"])
    }

    @Test func doubleDashEndsOptions() throws {
        let arguments = try ParsedArguments(["--", "--format"], for: RoutesCommand.specification)
        #expect(arguments.positionals == ["--format"])
    }

    @Test func serveRefusesAPortOutOfRange() {
        let result = runMimic("serve", "--port", "70000")
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: The value '70000' is invalid for '--port <port>': expected a number from 0 to 65535.\nUsage: \(ServeCommand.specification.usage)\n"))
    }

    @Test func exampleNeedsAMethodAndAPath() {
        #expect(runMimic("example", "GET").errors.hasPrefix("Error: Missing expected argument '<path>'\nUsage: mimic example <method> <path> [--contracts <path>] [--seed <seed>] [--header <header>] [--data <body>] [--strict]\n"))
    }

    @Test func repeatedOptionsKeepEveryValue() throws {
        let arguments = try ParsedArguments(["GET", "/", "-H", "A: 1", "--header=B: 2"], for: ExampleCommand.specification)
        #expect(arguments.values("--header") == ["A: 1", "B: 2"])
        #expect(arguments.positionals == ["GET", "/"])
    }
}

@Suite struct RootCommandLineTests {
    @Test func versionTakesNoArguments() {
        let result = runMimic("--version", "extra")
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: Unexpected argument 'extra'\nUsage: mimic <subcommand> [--version]\n"))
    }
}
