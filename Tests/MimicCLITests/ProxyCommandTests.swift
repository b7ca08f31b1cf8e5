import Foundation
import Mimic
import MimicTestSupport
import Testing
@testable import MimicCLI

/// `mimic proxy`: its command line, then the binary in front of a server.
@Suite(.serialized) struct ProxyCommandTests {
    @Test func refusesAnHTTPSUpstreamSayingThereIsNoTLS() {
        let result = runMimic("proxy", "https://api.example.com")
        #expect(result.status == 64)
        #expect(result.errors == """
            Error: The upstream 'https://api.example.com': https is not supported (Mimic links no TLS library); use an http:// URL, e.g. a local TLS-terminating proxy.
            Usage: \(ProxyCommand.specification.usage)
              See 'mimic proxy --help' for more information.

            """)
    }

    @Test func refusesAMissingUpstreamAndATimeoutThatIsNotSeconds() {
        #expect(runMimic("proxy").errors.hasPrefix("Error: Missing expected argument '<upstream>'\n"))
        let timeout = runMimic("proxy", "http://127.0.0.1:1", "--connect-timeout", "soon")
        #expect(timeout.status == 64)
        #expect(timeout.errors.hasPrefix("Error: The value 'soon' is invalid for '--connect-timeout <seconds>': expected a number of seconds above 0, at most 600.\n"))
    }

    @Test func takesServesOptionsButNotThoseThatMakeData() {
        let usage = ProxyCommand.specification.usage
        #expect(usage == "mimic proxy <upstream> [<paths> ...] [--host <host>] [--port <port>] [--strict] [--journal-size <size>] [--threads <count>] [--fail-on-invalid] [--keep-going] [--log-format <format>] [--quiet] [--report <path>] [--min-coverage <percent>] [--no-watch] [--no-cors] [--errors] [--connect-timeout <seconds>] [--response-timeout <seconds>]")
        #expect(runMimic("proxy", "http://127.0.0.1:1", "--seed", "3").errors.hasPrefix("Error: Unknown option '--seed'"))
    }

    @Test func theBinaryForwardsLogsViolationsAndExits1WithFailOnInvalid() throws {
        let served = try MockServer(contractsAt: [ContractFixture.seedFolder])
        let servedPort = try served.start()
        defer { served.stop() }
        let proxy = try MimicProcess(["proxy", "http://127.0.0.1:\(servedPort)", ContractFixture.seedFolder, "--port", "0", "--fail-on-invalid", "--no-watch"])
        let line = proxy.firstLine()
        #expect(line == "mimic listening on http://127.0.0.1:\(MimicProcess.port(ofListeningLine: line) ?? 0), forwarding to http://127.0.0.1:\(servedPort) (49 operations from 5 files)")
        let port = try #require(MimicProcess.port(ofListeningLine: line))
        let client = HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(port)"))
        #expect(try client.send(HTTPRequest(method: "GET", target: "/api/backups?status=BOGUS")).status == 422)
        #expect(proxy.stop() == 1)
        #expect(proxy.errors == "mimic: 1 invalid request (--report PATH writes them to a file)\n")
    }
}

@Suite(.serialized) struct ProxyCommandFaultTests {
    @Test func theBinaryLogsAnAnswerThatBreaksTheContractAndExits1NamingTheUpstream() throws {
        let provider = HTTPServer { _ in HTTPResponse(status: 418, json: "{}") }
        let providerPort = try provider.start()
        defer { provider.stop() }
        let proxy = try MimicProcess(["proxy", "http://127.0.0.1:\(providerPort)", ContractFixture.seedFolder, "--port", "0", "--no-watch"])
        let port = try #require(MimicProcess.port(ofListeningLine: proxy.firstLine()))
        let client = HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(port)"))
        #expect(try client.send(HTTPRequest(method: "GET", target: "/api/backups")).status == 418)
        let logged = proxy.firstLine()
        #expect(logged.hasPrefix("GET /api/backups 418 listBackups "))
        #expect(logged.hasSuffix("ms (the response broke the contract: 1 violation)"))
        #expect(proxy.stop() == 1)
        #expect(proxy.errors == "mimic: 1 answer broke the contracts (the upstream server's fault; the journal's responseViolations say how)\n")
    }
}
