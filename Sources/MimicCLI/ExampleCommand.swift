import Mimic
import MimicContracts
import MimicHTTPTypes

/// `mimic example`: the response `mimic serve` would give to one request, without a socket.
enum ExampleCommand: Subcommand {
    static let specification = CommandSpecification(
        name: "example",
        overview: "Print the response 'mimic serve' would give to a request, without starting a server.",
        positionals: [
            .init(name: "method", help: "The request method, such as GET."),
            .init(name: "path", help: "The request path with its query, such as '/api/backups?status=SUCCESS'."),
        ],
        options: [
            .init(names: ["--contracts"], valueName: "path", help: "A contract file or folder; repeat for several.", defaultValue: "./" + defaultContractsFolder),
            CommandSpecification.seedOption,
            .init(names: ["-H", "--header"], valueName: "header", help: "A request header such as 'Prefer: code=404'; repeat for several."),
            .init(names: ["-d", "--data"], valueName: "body", help: "The request body."),
            CommandSpecification.strictOption,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let seed: UInt64
        let headers: HTTPHeaders
        do {
            seed = try arguments.seed(of: specification)
            headers = try arguments.headers()
        } catch {
            return specification.reportUsageError(error.message, to: console)
        }
        let paths = arguments.values("--contracts")
        let contracts = loadContracts(paths.isEmpty ? [defaultContractsFolder] : paths, console: console)
        let method = arguments.positionals[0]
        let target = arguments.positionals[1].hasPrefix("/") ? arguments.positionals[1] : "/" + arguments.positionals[1]
        let request = HTTPRequest(method: method, target: target, headers: headers, body: Array((arguments.value("--data") ?? "").utf8))
        let response = MockService(contracts: contracts, seed: seed, strict: arguments.flag("--strict")).respond(to: request).response
        var text = "HTTP/1.1 \(response.status) \(response.reasonPhrase)\n"
        for field in response.headers {
            text += "\(field.name): \(field.value)\n"
        }
        let body = response.sendsBody(answering: method) ? response.body : []
        text += "\n" + String(decoding: body, as: UTF8.self) + (body.isEmpty ? "" : "\n")
        console.write(text)
        return contracts.hasErrors ? ExitStatus.failure : ExitStatus.success
    }
}
