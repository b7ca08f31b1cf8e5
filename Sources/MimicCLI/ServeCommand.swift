import Dispatch
import Foundation
import Mimic
import MimicContracts

/// `mimic serve`: the contracts as a running fake backend, until SIGINT or SIGTERM.
enum ServeCommand: Subcommand {
    static let specification = CommandSpecification(
        name: "serve",
        overview: "Serve the contracts over HTTP with deterministic data, until interrupted.",
        positionals: [CommandSpecification.contractPaths],
        options: [
            .init(names: ["--host"], valueName: "host", help: "The address to listen on.", defaultValue: "127.0.0.1"),
            .init(names: ["--port"], valueName: "port", help: "The port to listen on; 0 picks a free one.", defaultValue: "4010"),
            .init(names: ["--seed"], valueName: "seed", help: "The seed of the generated data.", defaultValue: String(MockServer.Configuration().seed)),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let port = Int(arguments.value("--port") ?? "4010"), (0...65535).contains(port) else {
            return specification.reportUsageError("The value '\(arguments.value("--port") ?? "")' is invalid for '--port <port>': expected a number from 0 to 65535.", to: console)
        }
        guard let seed = UInt64(arguments.value("--seed") ?? String(MockServer.Configuration().seed)) else {
            return specification.reportUsageError("The value '\(arguments.value("--seed") ?? "")' is invalid for '--seed <seed>': expected a non-negative whole number.", to: console)
        }
        let contracts = ContractLoader().load(contractPaths(arguments))
        var renderer = DiagnosticRenderer()
        for diagnostic in contracts.diagnostics where diagnostic.severity == .error {
            console.writeError(renderer.render(diagnostic))
        }
        let host = arguments.value("--host") ?? "127.0.0.1"
        let configuration = MockServer.Configuration(host: host, port: port, seed: seed) { entry in
            console.write(entry.line + "\n")
        }
        let server = MockServer(contracts: contracts, configuration: configuration)
        do {
            try server.start()
        } catch {
            console.writeError("error: \(error)\n")
            return ExitStatus.failure
        }
        console.write("mimic listening on \(server.baseURL) (\(contracts.operations.count) operations from \(contracts.contracts.count) files)\n")
        waitForTermination()
        server.stop()
        return ExitStatus.success
    }

    /// Blocks until SIGINT or SIGTERM arrives.
    private static func waitForTermination() {
        let stopped = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { stopped.signal() }
            source.resume()
            return source
        }
        stopped.wait()
        sources.forEach { $0.cancel() }
    }
}
