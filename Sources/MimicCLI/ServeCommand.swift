import Foundation
import Mimic
import MimicEngine
import MimicContracts

/// `mimic serve`: the contracts as a running fake backend, reloaded when they change or on SIGHUP, until SIGINT
/// or SIGTERM.
enum ServeCommand: Subcommand {
    static let specification = CommandSpecification(
        name: "serve",
        overview: "Serve the contracts over HTTP with deterministic data, until interrupted.",
        positionals: [CommandSpecification.contractPaths],
        options: [
            .init(names: ["--host"], valueName: "host", help: "The address to listen on.", defaultValue: MockServer.Configuration().host),
            .init(names: ["--port"], valueName: "port", help: "The port to listen on; 0 picks a free one.", defaultValue: "4010"),
            CommandSpecification.seedOption,
            .init(names: ["--dynamic"], valueName: nil, help: "Generate bodies from their schemas even where the contracts give examples."),
            .init(names: ["--stateful"], valueName: nil, help: "Keep what clients create, change and delete, per Mimic-Session header."),
            .init(names: ["--max-sessions"], valueName: "count", help: "How many sessions --stateful keeps; past it, the least recently used is dropped.", defaultValue: String(StateLimits().sessions)),
            .init(names: ["--max-entities"], valueName: "count", help: "How many entities --stateful keeps per collection and session.", defaultValue: String(StateLimits().entitiesPerCollection)),
            CommandSpecification.strictOption,
            .init(names: ["--problems"], valueName: "style", help: "Whose words Mimic's own error answers are in: its own, or Prism's.", choices: ProblemStyle.allCases.map(\.rawValue), defaultValue: ProblemStyle.mimic.rawValue),
            .init(names: ["--journal-size"], valueName: "size", help: "How many requests /__mimic/requests keeps.", defaultValue: String(MockServer.Configuration().journalSize)),
            .init(names: ["--threads"], valueName: "count", help: "How many event-loop threads serve the connections; one per processor unless given."),
            .init(names: ["--fail-on-invalid"], valueName: nil, help: "When stopped, exit 1 if any request broke the contracts."),
            .init(names: ["--keep-going"], valueName: nil, help: "Serve the operations that loaded even when a contract has errors."),
            .init(names: ["--log-format"], valueName: "format", help: "How each request is logged on standard output.", choices: RequestLogFormat.allCases.map(\.rawValue), defaultValue: RequestLogFormat.text.rawValue),
            .init(names: ["--quiet"], valueName: nil, help: "Log no request (the listening line is still written)."),
            .init(names: ["--report"], valueName: "path", help: "When stopped, write a report: .json, or .xml for JUnit (repeatable)."),
            .init(names: ["--min-coverage"], valueName: "percent", help: "When stopped, exit 1 if less than this percentage of the operations was called."),
            .init(names: ["--no-watch"], valueName: nil, help: "Do not reload the contracts when their files change (SIGHUP still does)."),
            .init(names: ["--no-cors"], valueName: nil, help: "Do not answer requests from other origins for CORS."),
            .init(names: ["--delay"], valueName: "delay", help: "Hold every answer this long (200ms), or a time picked per request from a range (50ms-400ms)."),
            .init(names: ["--chaos"], valueName: "rate", help: "Answer this share of requests (0 to 1) with a failure picked per request."),
            .init(names: ["--validate-responses"], valueName: nil, help: "Check every answer against the contracts; journal what breaks them as Mimic's fault."),
            .init(names: ["--no-response-cache"], valueName: nil, help: "Generate every answer afresh instead of keeping those of requests seen before."),
        ])

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        serve(arguments, as: specification, console: console)
    }

    /// Serves as `arguments`, parsed by `specification` (`serve`'s, `mock`'s or `proxy`'s: options are read by their
    /// long names; the positionals are the contract paths), forwarding to `upstream` when there is one, until SIGINT
    /// or SIGTERM; the result is the exit status.
    static func serve(_ arguments: ParsedArguments, as specification: CommandSpecification, console: Console, upstream: Upstream? = nil) -> Int32 {
        // A closed standard output must not end the server: the log stops writing instead (see Console.log).
        signal(SIGPIPE, SIG_IGN)
        holdTerminationSignals()
        var configuration = MockServer.Configuration(strict: arguments.flag("--strict"))
        configuration.dynamic = arguments.flag("--dynamic")
        configuration.errors = arguments.flag("--errors")
        let problems = arguments.value("--problems") ?? specification.options.first { $0.names.last == "--problems" }?.defaultValue
        configuration.problems = problems.flatMap(ProblemStyle.init) ?? .mimic
        configuration.upstream = upstream
        configuration.validateResponses = arguments.flag("--validate-responses")
        if arguments.flag("--no-response-cache") { configuration.responseCache = nil }
        if !arguments.flag("--quiet") {
            let format = arguments.value("--log-format").flatMap(RequestLogFormat.init) ?? .text
            configuration.requestLog = { entry in console.log(format.line(for: entry)) }
        }
        var minimumCoverage: Double?
        do {
            configuration.host = arguments.value("--host") ?? configuration.host
            configuration.port = try arguments.number("--port", of: specification, in: 0...65535, expected: "a number from 0 to 65535")
            if specification.accepts("--seed") { configuration.seed = try arguments.seed(of: specification) }
            configuration.journalSize = try arguments.number("--journal-size", of: specification, in: 1...Int.max, expected: "a positive whole number")
            if arguments.value("--threads") != nil {
                configuration.threads = try arguments.number("--threads", of: specification, in: 1...256, expected: "a whole number from 1 to 256")
            }
            if specification.accepts("--stateful") {
                configuration.stateful = arguments.flag("--stateful")
                configuration.stateLimits.sessions = try arguments.number("--max-sessions", of: specification, in: 1...100_000, expected: "a whole number from 1 to 100000")
                configuration.stateLimits.entitiesPerCollection = try arguments.number("--max-entities", of: specification, in: 1...1_000_000, expected: "a whole number from 1 to 1000000")
            }
            try checkReportPaths(arguments)
            minimumCoverage = try arguments.percent("--min-coverage", of: specification)
            configuration.cors = !arguments.flag("--no-cors")
            configuration.disturbance = try arguments.disturbance(of: specification)
        } catch {
            return specification.reportUsageError(error.message, to: console)
        }
        configuration.watch = !arguments.flag("--no-watch")
        configuration.reloadKeepsGoing = arguments.flag("--keep-going")
        configuration.reloadLog = { outcome in reportReload(outcome, console: console) }
        let paths = contractPaths(arguments)
        // The readiness line is the log's first: its writer starts while the contracts load.
        console.prepareLog()
        let contracts = loadContracts(paths, console: console)
        if let reason = reasonNotToServe(contracts, from: paths, keepGoing: arguments.flag("--keep-going")) {
            console.writeError(reason)
            return ExitStatus.failure
        }
        let server = MockServer(contracts: contracts, paths: paths, configuration: configuration)
        do {
            try server.start()
        } catch {
            console.writeError("error: \(error)\n")
            return ExitStatus.failure
        }
        let forwarding = upstream.map { ", forwarding to \($0.url)" } ?? ""
        console.log("mimic listening on \(server.address)\(forwarding) \(counts(of: contracts))\n")
        waitForTermination(onHangUp: { server.reload() })
        server.stop()
        reportDroppedLogLines(console.finishLog(), console: console)
        let reports = arguments.values("--report")
        let report = server.report
        let written = writeReports(report, to: reports, console: console)
        let invalid = exitStatus(invalidRequests: report.invalidRequests, failOnInvalid: arguments.flag("--fail-on-invalid"), reports: reports, console: console)
        let covered = exitStatus(coverage: report.coverage, minimum: minimumCoverage, console: console)
        return max(written, invalid, covered, exitStatus(responseFaults: report.responseFaults, proxied: upstream != nil, console: console))
    }
}
