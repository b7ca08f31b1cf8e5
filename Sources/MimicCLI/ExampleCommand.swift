import Mimic
import MimicContracts
import MimicHTTP

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
            .init(names: ["--contracts"], valueName: "path", help: "A contract file or folder; repeat for several.", defaultValue: "./Contracts"),
            .init(names: ["--seed"], valueName: "seed", help: "The seed of the generated data.", defaultValue: String(MockServer.Configuration().seed)),
            .init(names: ["-H", "--header"], valueName: "header", help: "A request header such as 'Prefer: code=404'; repeat for several."),
            .init(names: ["-d", "--data"], valueName: "body", help: "The request body."),
            CommandSpecification.strictOption,
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let seed: UInt64
        do {
            seed = try arguments.number("--seed", of: specification, in: 0...UInt64.max, expected: "a non-negative whole number")
        } catch {
            return specification.reportUsageError(error.message, to: console)
        }
        var headers = HTTPHeaders()
        for header in arguments.values("--header") {
            guard let colon = header.firstIndex(of: ":") else {
                return specification.reportUsageError("The value '\(header)' is invalid for '--header <header>': expected 'Name: value'.", to: console)
            }
            headers.add(String(header[..<colon]).trimmingSpaces, String(header[header.index(after: colon)...]).trimmingSpaces)
        }
        let paths = arguments.values("--contracts")
        let contracts = ContractLoader().load(paths.isEmpty ? ["Contracts"] : paths)
        var renderer = DiagnosticRenderer()
        for diagnostic in contracts.diagnostics where diagnostic.severity == .error {
            console.writeError(renderer.render(diagnostic))
        }
        let method = arguments.positionals[0].uppercased()
        let target = arguments.positionals[1].hasPrefix("/") ? arguments.positionals[1] : "/" + arguments.positionals[1]
        let request = HTTPRequest(method: method, target: target, headers: headers, body: Array((arguments.value("--data") ?? "").utf8))
        let response = MockService(contracts: contracts, seed: seed, strict: arguments.flag("--strict")).respond(to: request).response
        var text = "HTTP/1.1 \(response.status) \(response.reasonPhrase)\n"
        for field in response.headers {
            text += "\(field.name): \(field.value)\n"
        }
        text += "\n" + String(decoding: response.body, as: UTF8.self) + (response.body.isEmpty ? "" : "\n")
        console.write(text)
        return ExitStatus.success
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
