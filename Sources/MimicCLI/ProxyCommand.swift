import Foundation
import Mimic

/// `mimic proxy`: a validating proxy in front of a real server. Every request is forwarded and its answer passed
/// back, both checked against the contracts, journaled, counted and logged as `serve` does, until SIGINT or SIGTERM.
enum ProxyCommand: Subcommand {
    /// `serve`'s options that make sense for answers that come from a real server (no generated data, no delays).
    private static let servedOptions: Set<String> = [
        "--host", "--port", "--strict", "--journal-size", "--threads", "--fail-on-invalid", "--keep-going", "--log-format", "--quiet",
        "--report", "--min-coverage", "--no-watch", "--no-cors",
    ]

    static let specification = CommandSpecification(
        name: "proxy",
        overview: "Forward requests to a real server, checking requests and answers against the contracts, until interrupted.",
        positionals: [
            .init(name: "upstream", help: "The server to forward to: http://host[:port][/base path] (https is not supported)."),
            CommandSpecification.contractPaths,
        ],
        options: ServeCommand.specification.options.filter { servedOptions.contains($0.names.last!) } + [
            .init(names: ["--errors"], valueName: nil, help: "Refuse a request that breaks the contracts (422, not forwarded) and an answer that does (502)."),
            .init(names: ["--connect-timeout"], valueName: "seconds", help: "How long the upstream may take to accept a connection.", defaultValue: "5"),
            .init(names: ["--response-timeout"], valueName: "seconds", help: "How long the upstream may take to answer a request whole.", defaultValue: "30"),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let upstream: Upstream
        do {
            upstream = try Upstream(
                url: arguments.positionals[0], connectTimeout: arguments.seconds("--connect-timeout", of: specification),
                responseTimeout: arguments.seconds("--response-timeout", of: specification))
        } catch let error as ParsedArguments.UsageError {
            return specification.reportUsageError(error.message, to: console)
        } catch {
            return specification.reportUsageError("The upstream \(error).", to: console)
        }
        var served = arguments
        served.positionals.removeFirst()
        return ServeCommand.serve(served, as: specification, console: console, upstream: upstream)
    }
}
