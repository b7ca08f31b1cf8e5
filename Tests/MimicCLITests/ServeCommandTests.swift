import Testing
@testable import MimicCLI

/// `mimic serve`'s command line and exit status, without starting a server.
@Suite struct ServeCommandTests {
    @Test func helpListsEveryOption() {
        let result = runMimic("serve", "--help")
        #expect(result.status == 0)
        #expect(result.output == """
            OVERVIEW: Serve the contracts over HTTP with deterministic data, until interrupted.

            USAGE: mimic serve [<paths> ...] [--host <host>] [--port <port>] [--seed <seed>] [--strict] [--journal-size <size>] [--fail-on-invalid] [--keep-going] [--log-format <format>] [--quiet] [--no-cors] [--delay <delay>] [--chaos <rate>]

            ARGUMENTS:
              <paths>                 Contract files or folders (searched recursively for .yaml, .yml, .json). (default: ./Contracts)

            OPTIONS:
              --host <host>           The address to listen on. (default: 127.0.0.1)
              --port <port>           The port to listen on; 0 picks a free one. (default: 4010)
              --seed <seed>           The seed of the generated data. (default: 1)
              --strict                Also reject query parameters and form fields the contracts do not declare.
              --journal-size <size>   How many requests /__mimic/requests keeps. (default: 1000)
              --fail-on-invalid       When stopped, exit 1 if any request broke the contracts.
              --keep-going            Serve the operations that loaded even when a contract has errors.
              --log-format <format>   How each request is logged on standard output. (values: text, json) (default: text)
              --quiet                 Log no request (the listening line is still written).
              --no-cors               Do not answer requests from other origins for CORS.
              --delay <delay>         Hold every answer this long (200ms), or a time picked per request from a range (50ms-400ms).
              --chaos <rate>          Answer this share of requests (0 to 1) with a failure picked per request.
              -h, --help              Show help information.

            """)
    }

    @Test func theFlagsAreParsed() throws {
        let arguments = try ParsedArguments(["--strict", "--journal-size", "3", "--fail-on-invalid"], for: ServeCommand.specification)
        #expect(arguments.flag("--strict"))
        #expect(arguments.flag("--fail-on-invalid"))
        #expect(try arguments.number("--journal-size", of: ServeCommand.specification, in: 1...Int.max, expected: "") == 3)
        let defaults = try ParsedArguments([], for: ServeCommand.specification)
        #expect(!defaults.flag("--strict"))
        #expect(try defaults.number("--journal-size", of: ServeCommand.specification, in: 1...Int.max, expected: "") == 1_000)
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

    @Test func failOnInvalidExitsOneWithASummaryWhenAnyRequestWasInvalid() {
        let console = RecordingConsole()
        #expect(ServeCommand.exitStatus(invalidRequests: 2, failOnInvalid: true, console: console) == 1)
        #expect(console.errors == "mimic: 2 invalid requests (see /__mimic/requests)\n")
        let one = RecordingConsole()
        #expect(ServeCommand.exitStatus(invalidRequests: 1, failOnInvalid: true, console: one) == 1)
        #expect(one.errors == "mimic: 1 invalid request (see /__mimic/requests)\n")
    }

    @Test func otherwiseTheExitStatusIsZeroAndSilent() {
        let console = RecordingConsole()
        #expect(ServeCommand.exitStatus(invalidRequests: 0, failOnInvalid: true, console: console) == 0)
        #expect(ServeCommand.exitStatus(invalidRequests: 3, failOnInvalid: false, console: console) == 0)
        #expect(console.output + console.errors == "")
    }
}
