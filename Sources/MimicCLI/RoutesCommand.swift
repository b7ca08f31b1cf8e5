import Mimic
import MimicContracts

/// `mimic routes`: the merged route table of the contracts.
enum RoutesCommand: Subcommand {
    static let specification = CommandSpecification.readingContracts(
        name: "routes",
        overview: "List the operations the contracts declare, merged into one route table.")

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let contracts = loadContracts(contractPaths(arguments), console: console)
        if arguments.value("--format") == "json" {
            console.write(RouteTable(contracts).json.serialized(pretty: true) + "\n")
        } else {
            console.write(RouteTable(contracts).text)
        }
        return contracts.hasErrors ? ExitStatus.failure : ExitStatus.success
    }
}
