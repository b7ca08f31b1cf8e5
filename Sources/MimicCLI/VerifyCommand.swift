import Mimic
import MimicContracts
import MimicHTTP
import MimicHTTPTypes

/// `mimic verify`: contract tests against a running server — every selected operation's requests sent, each
/// answer checked against the contracts, one line per exchange, then a summary.
enum VerifyCommand: Subcommand {
    static let specification = CommandSpecification(
        name: "verify",
        overview: "Send each operation's requests to a server and check its answers against the contracts.",
        positionals: [
            .init(name: "base-url", help: "The server to check, such as http://127.0.0.1:8080 (a path after the port prefixes every request)."),
            CommandSpecification.contractPaths,
        ],
        options: [
            CommandSpecification.seedOption,
            .init(names: ["-H", "--header"], valueName: "header", help: "A header sent with every request, such as 'Authorization: Bearer t'; repeat for several."),
            .init(names: ["--auth"], valueName: "credential", help: "The credential of secured operations: an API key or bearer token, or user:password for basic."),
            .init(names: ["--negative"], valueName: nil, help: "Also send requests that break one rule each, expecting a 4xx."),
            .init(names: ["--operation"], valueName: "id", help: "Only the operation with this operationId; repeat for several."),
            .init(names: ["--tag"], valueName: "tag", help: "Only the operations with this tag; repeat for several."),
            .init(names: ["--allow-writes"], valueName: nil, help: "Also send POST, PUT, PATCH and DELETE requests (they may change the server's data)."),
            .init(names: ["--max-requests"], valueName: "count", help: "The most requests sent.", defaultValue: String(ContractVerifier.Selection().maxRequests)),
            .init(names: ["--timeout"], valueName: "seconds", help: "The longest wait for each whole response.", defaultValue: "10"),
            .init(names: ["--report"], valueName: "path", help: "Write a report: .json, or .xml for JUnit (repeatable)."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let baseURL = arguments.positionals[0]
        let endpoint: HTTPEndpoint
        let seed: UInt64
        var selection = ContractVerifier.Selection(
            operationIDs: arguments.values("--operation"), tags: arguments.values("--tag"),
            allowWrites: arguments.flag("--allow-writes"), negative: arguments.flag("--negative"))
        var client = HTTPClient.Configuration()
        let headers: HTTPHeaders
        do {
            endpoint = try HTTPEndpoint(baseURL)
            seed = try arguments.seed(of: specification)
            headers = try arguments.headers()
            selection.maxRequests = try arguments.number("--max-requests", of: specification, in: 1...Int.max, expected: "a positive whole number")
            client.responseTimeout = Double(try arguments.number("--timeout", of: specification, in: 1...3_600, expected: "a number of seconds from 1 to 3600"))
            try ServeCommand.checkReportPaths(arguments)
        } catch let error as HTTPClientError {
            return specification.reportUsageError("The value '\(baseURL)' is invalid for '<base-url>': \(error).", to: console)
        } catch let error as ParsedArguments.UsageError {
            return specification.reportUsageError(error.message, to: console)
        } catch {
            return specification.reportUsageError("\(error)", to: console)
        }
        let paths = Array(arguments.positionals.dropFirst())
        let contracts = loadContracts(paths.isEmpty ? [defaultContractsFolder] : paths, console: console)
        if contracts.hasErrors || contracts.operations.isEmpty {
            console.writeError("mimic: not verifying: " + (contracts.hasErrors ? "the contracts have errors above\n" : "no operation was loaded\n"))
            return ExitStatus.failure
        }
        let builder = ContractRequestBuilder(contracts: contracts, seed: seed, headers: headers, credential: arguments.value("--auth"))
        let verifier = ContractVerifier(contracts: contracts, builder: builder, selection: selection)
        let known = Set(contracts.operations.compactMap(\.operationId))
        if let unknown = selection.operationIDs.first(where: { !known.contains($0) }) {
            return specification.reportUsageError("No operation has the operationId '\(unknown)'.", to: console)
        }
        let http = HTTPClient(endpoint: endpoint, configuration: client)
        let report = verifier.run(against: endpoint.description, sending: { request throws in try http.send(request) }) { exchange in
            console.write(exchange.line + "\n")
        }
        for untestable in report.untestable { console.write(untestable.line + "\n") }
        console.write(report.summary + "\n")
        let written = ServeCommand.writeReports(report, to: arguments.values("--report"), console: console)
        return max(written, report.keepsContract ? ExitStatus.success : ExitStatus.failure)
    }
}
