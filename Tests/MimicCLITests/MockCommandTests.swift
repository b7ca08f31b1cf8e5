import Foundation
import MimicTestSupport
import Testing
@testable import MimicCLI

/// `mimic mock`: Prism's command line for `mimic serve`, parsed without starting a server, then run for real.
@Suite(.serialized) struct MockCommandTests {
    @Test func helpListsPrismsShortNamesAndTheOptionsOfServe() {
        let result = runMimic("mock", "--help")
        #expect(result.status == 0)
        #expect(result.output == """
            OVERVIEW: Serve one contract as `prism mock` does, with Prism's options; the options of `serve` apply too.

            USAGE: mimic mock <document> [--host <host>] [--port <port>] [--seed <seed>] [--dynamic] [--errors] [--stateful] [--max-sessions <count>] [--max-entities <count>] [--strict] [--problems <style>] [--journal-size <size>] [--threads <count>] [--fail-on-invalid] [--keep-going] [--log-format <format>] [--quiet] [--report <path>] [--min-coverage <percent>] [--no-watch] [--no-cors] [--delay <delay>] [--chaos <rate>] [--validate-responses] [--no-response-cache]

            ARGUMENTS:
              <document>              The contract file (Swagger 2.0, OpenAPI 3.x or Postman).

            OPTIONS:
              -h, --host <host>       The address to listen on. (default: 127.0.0.1)
              -p, --port <port>       The port to listen on; 0 picks a free one. (default: 4010)
              --seed <seed>           The seed of the generated data. (default: 1)
              -d, --dynamic           Generate bodies from their schemas even where the contracts give examples.
              --errors                Answer 500 with the violations when a response body breaks its declared schema.
              --stateful              Keep what clients create, change and delete, per Mimic-Session header.
              --max-sessions <count>  How many sessions --stateful keeps; past it, the least recently used is dropped. (default: 64)
              --max-entities <count>  How many entities --stateful keeps per collection and session. (default: 1000)
              --strict                Also reject query parameters and form fields the contracts do not declare.
              --problems <style>      Whose words Mimic's own error answers are in: its own, or Prism's. (values: mimic, prism) (default: prism)
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
              --help                  Show help information.

            """)
        #expect(runMimic("help", "mock").output == result.output)
    }

    @Test func prismsArgumentsAreParsedInAnyOrder() throws {
        let arguments = try ParsedArguments(["-p", "4011", "api.yaml", "-h", "0.0.0.0", "-d", "--errors"], for: MockCommand.specification)
        #expect(arguments.positionals == ["api.yaml"])
        #expect(arguments.value("--port") == "4011")
        #expect(arguments.value("--host") == "0.0.0.0")
        #expect(arguments.flag("--dynamic") && arguments.flag("--errors"))
        let long = try ParsedArguments(["--dynamic", "--port=4012", "--host", "::1", "api.yaml"], for: MockCommand.specification)
        #expect(long.value("--port") == "4012" && long.value("--host") == "::1" && long.flag("--dynamic") && !long.flag("--errors"))
    }

    @Test func dashHIsTheHostAsInPrismAndOnlyDashDashHelpIsHelp() {
        let result = runMimic("mock", "-h")
        #expect(result.status == 64)
        #expect(result.output == "")
        #expect(result.errors == """
            Error: Missing value for '-h <host>'
            Usage: \(MockCommand.specification.usage)
              See 'mimic mock --help' for more information.

            """)
        #expect(runMimic("serve", "-h").output == ServeCommand.specification.help, "elsewhere -h is still help")
    }

    @Test func theDocumentIsRequiredAndAlone() {
        #expect(runMimic("mock").errors.hasPrefix("Error: Missing expected argument '<document>'\n"))
        #expect(runMimic("mock", "a.yaml", "b.yaml").errors.hasPrefix("Error: Unexpected argument 'b.yaml'\n"))
        #expect(runMimic("serve", "--errors").errors.hasPrefix("Error: Unknown option '--errors'\n"))
    }

    @Test func mockServesLikeServeWithPrismsFlags() throws {
        let fixture = try ContractFixture([("modes.yaml", ContractFixture.serverModes)])
        defer { fixture.remove() }
        let get = { (path: String) in "GET \(path) HTTP/1.1\r\nHost: t\r\n\r\n" }
        // With -d, /broken's body is generated from its schema rather than taken from its example, so keeps it.
        for (flags, statuses) in [(["--errors"], [200, 500, 404]), (["-d", "--errors"], [200, 200, 404]), ([], [200, 200, 404])] {
            let process = try MimicProcess(["mock", "\(fixture.folder)/modes.yaml", "-p", "0", "-h", "127.0.0.1"] + flags)
            let line = process.firstLine()
            let port = try #require(MimicProcess.port(ofListeningLine: line), "a listening line, not \(line.debugDescription); stderr: \(process.errors)")
            #expect(line.hasSuffix(" (3 operations from 1 files)"))
            #expect(try LoopbackConnection(port: port).statuses(of: [get("/thing"), get("/broken"), get("/nowhere")]) == statuses, "\(flags)")
            #expect(process.stop() == 0)
        }
    }

    @Test func mockWordsItsProblemsAsPrismUnlessAskedForMimics() throws {
        let fixture = try ContractFixture([("modes.yaml", ContractFixture.serverModes)])
        defer { fixture.remove() }
        let request = "GET /nowhere HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
        for (flags, body) in [
            ([], #"{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR","title":"Route not resolved, no path matched","status":404,"detail":"The route /nowhere hasn't been found in the specification file"}"#),
            (["--problems", "mimic"], #"{"type":"urn:mimic:problem:route-not-found","title":"Route not found","status":404,"detail":"No operation is declared for GET /nowhere.","closestOperation":{"method":"GET","path":"/broken","operationId":null}}"#),
        ] {
            let process = try MimicProcess(["mock", "\(fixture.folder)/modes.yaml", "-p", "0"] + flags)
            let line = process.firstLine()
            let port = try #require(MimicProcess.port(ofListeningLine: line), "a listening line, not \(line.debugDescription); stderr: \(process.errors)")
            let connection = try LoopbackConnection(port: port)
            try connection.send(request)
            let answer = String(decoding: try connection.readUntilClosed().bytes, as: UTF8.self)
            #expect(answer.hasSuffix("\r\n\r\n" + body), "\(flags): \(answer)")
            #expect(process.stop() == 0)
        }
    }
}
