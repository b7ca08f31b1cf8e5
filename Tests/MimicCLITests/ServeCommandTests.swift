import Mimic
import MimicTestSupport
import Testing
@testable import MimicCLI

/// `mimic serve`'s command line and exit status, without starting a server.
@Suite struct ServeCommandTests {
    @Test func helpListsEveryOption() {
        let result = runMimic("serve", "--help")
        #expect(result.status == 0)
        #expect(result.output == """
            OVERVIEW: Serve the contracts over HTTP with deterministic data, until interrupted.

            USAGE: mimic serve [<paths> ...] [--host <host>] [--port <port>] [--seed <seed>] [--dynamic] [--stateful] [--max-sessions <count>] [--max-entities <count>] [--strict] [--problems <style>] [--journal-size <size>] [--threads <count>] [--fail-on-invalid] [--keep-going] [--log-format <format>] [--quiet] [--report <path>] [--min-coverage <percent>] [--no-watch] [--no-cors] [--delay <delay>] [--chaos <rate>] [--validate-responses] [--no-response-cache]

            ARGUMENTS:
              <paths>                 Contract files or folders (searched recursively for .yaml, .yml, .json). (default: ./Contracts)

            OPTIONS:
              --host <host>           The address to listen on. (default: 127.0.0.1)
              --port <port>           The port to listen on; 0 picks a free one. (default: 4010)
              --seed <seed>           The seed of the generated data. (default: 1)
              --dynamic               Generate bodies from their schemas even where the contracts give examples.
              --stateful              Keep what clients create, change and delete, per Mimic-Session header.
              --max-sessions <count>  How many sessions --stateful keeps; past it, the least recently used is dropped. (default: 64)
              --max-entities <count>  How many entities --stateful keeps per collection and session. (default: 1000)
              --strict                Also reject query parameters and form fields the contracts do not declare.
              --problems <style>      Whose words Mimic's own error answers are in: its own, or Prism's. (values: mimic, prism) (default: mimic)
              --journal-size <size>   How many requests /__mimic/requests keeps. (default: 1000)
              --threads <count>       How many event-loop threads serve the connections; one per processor unless given.
              --fail-on-invalid       When stopped, exit 1 if any request broke the contracts.
              --keep-going            Serve the operations that loaded even when a contract has errors.
              --log-format <format>   How each request is logged on standard output. (values: text, json) (default: text)
              --quiet                 Log no request (the listening line is still written).
              --report <path>         When stopped, write a report: .json, or .xml for JUnit (repeatable).
              --min-coverage <percent>
                                      When stopped, exit 1 if less than this percentage of the operations was called.
              --no-watch              Do not reload the contracts when their files change (SIGHUP still does).
              --no-cors               Do not answer requests from other origins for CORS.
              --delay <delay>         Hold every answer this long (200ms), or a time picked per request from a range (50ms-400ms).
              --chaos <rate>          Answer this share of requests (0 to 1) with a failure picked per request.
              --validate-responses    Check every answer against the contracts; journal what breaks them as Mimic's fault.
              --no-response-cache     Generate every answer afresh instead of keeping those of requests seen before.
              -h, --help              Show help information.

            """)
    }

    @Test func theFlagsAreParsed() throws {
        let arguments = try ParsedArguments(["--strict", "--journal-size", "3", "--fail-on-invalid", "--no-watch"], for: ServeCommand.specification)
        #expect(arguments.flag("--strict"))
        #expect(arguments.flag("--fail-on-invalid"))
        #expect(arguments.flag("--no-watch"))
        #expect(try arguments.number("--journal-size", of: ServeCommand.specification, in: 1...Int.max, expected: "") == 3)
        let defaults = try ParsedArguments([], for: ServeCommand.specification)
        #expect(!defaults.flag("--strict"))
        #expect(!defaults.flag("--no-watch"))
        #expect(try defaults.number("--journal-size", of: ServeCommand.specification, in: 1...Int.max, expected: "") == 1_000)
    }

    @Test func noResponseCacheIsAFlagOfServeAndMockNotOfProxy() throws {
        #expect(try ParsedArguments(["--no-response-cache"], for: ServeCommand.specification).flag("--no-response-cache"))
        #expect(try ParsedArguments(["Contracts", "--no-response-cache"], for: MockCommand.specification).flag("--no-response-cache"))
        #expect(try !ParsedArguments([], for: ServeCommand.specification).flag("--no-response-cache"))
        #expect(!ProxyCommand.specification.accepts("--no-response-cache"))
    }

    @Test func theJournalSizeIsAPositiveWholeNumber() {
        for value in ["0", "-1", "ten"] {
            let result = runMimic("serve", "--journal-size", value)
            #expect(result.status == 64)
            #expect(result.output == "")
            #expect(result.errors == """
                Error: The value '\(value)' is invalid for '--journal-size <size>': expected a positive whole number.
                Usage: \(ServeCommand.specification.usage)
                  See 'mimic serve --help' for more information.

                """)
        }
    }

    @Test func flagsTakeNoValue() {
        #expect(runMimic("serve", "--strict=yes").errors.hasPrefix("Error: The flag '--strict' does not take a value\n"))
    }

    @Test func failOnInvalidExitsOneWithASummaryNamingTheReports() {
        let console = RecordingConsole()
        #expect(ServeCommand.exitStatus(invalidRequests: 2, failOnInvalid: true, reports: ["out/mimic.json", "out/mimic.xml"], console: console) == 1)
        #expect(console.errors == "mimic: 2 invalid requests (see out/mimic.json, out/mimic.xml)\n")
        let one = RecordingConsole()
        #expect(ServeCommand.exitStatus(invalidRequests: 1, failOnInvalid: true, reports: [], console: one) == 1)
        #expect(one.errors == "mimic: 1 invalid request (--report PATH writes them to a file)\n")
    }

    @Test func otherwiseTheExitStatusIsZeroAndSilent() {
        let console = RecordingConsole()
        #expect(ServeCommand.exitStatus(invalidRequests: 0, failOnInvalid: true, reports: [], console: console) == 0)
        #expect(ServeCommand.exitStatus(invalidRequests: 3, failOnInvalid: false, reports: ["r.json"], console: console) == 0)
        #expect(console.output + console.errors == "")
    }

    @Test func aReloadIsLoggedWithItsCounts() throws {
        let fixture = try ContractFixture([("a.yaml", "openapi: 3.0.0\ninfo: {title: A, version: \"1\"}\npaths:\n  /one:\n    get: {responses: {\"200\": {description: OK}}}\n")])
        defer { fixture.remove() }
        let console = RecordingConsole()
        ServeCommand.reportReload(.reloaded(ContractLoader.serving.load([fixture.folder])), console: console)
        #expect(console.output == "mimic reloaded (1 operations from 1 files)\n")
        #expect(console.errors == "")
    }

    @Test func aReloadWithoutOperationsSaysSo() {
        let console = RecordingConsole()
        ServeCommand.reportReload(.failed(diagnostics: [], kept: ContractFixture.seed), console: console)
        #expect(console.errors == "mimic: not reloaded: no operation was loaded; still serving the last good ones (49 operations from 5 files)\n")
    }

    @Test func aFailedReloadPrintsTheErrorsAndWhatIsStillServed() throws {
        let fixture = try ContractFixture([("a.yaml", "openapi: 3.0.0\npaths: [\n")])
        defer { fixture.remove() }
        let broken = ContractLoader.serving.load([fixture.folder])
        let console = RecordingConsole()
        ServeCommand.reportReload(.failed(diagnostics: broken.diagnostics, kept: ContractFixture.seed), console: console)
        #expect(console.output == "")
        #expect(console.errors == """
            \(fixture.folder)/a.yaml:2:8: error: flow sequence opened here is never closed; add the missing ']' [yaml.unclosed-flow]
             2 | paths: [
               |        ^
            mimic: not reloaded: the contracts have 1 error above; still serving the last good ones (49 operations from 5 files)

            """)
    }
}
