import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MimicTestSupport
import Testing
@testable import Mimic
import MimicURLProtocol

@Suite struct MockURLProtocolTests {
    @Test func aSessionIsAnsweredWithoutASocket() async throws {
        let (session, baseURL) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts])
        #expect(baseURL.host?.hasSuffix(".invalid") == true)
        let reply = try await LiveClient.send(baseURL.appendingPathComponent("__mimic/health"), session: session)
        #expect(reply.status == 200)
        #expect(reply.text == #"{"status":"ok","operations":49,"files":5,"strict":false}"#)
    }

    @Test func aStrictSessionSaysSo() async throws {
        let (session, baseURL) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts], strict: true)
        let reply = try await LiveClient.send(baseURL.appendingPathComponent("__mimic/health"), session: session)
        #expect(reply.text == #"{"status":"ok","operations":49,"files":5,"strict":true}"#)
    }

    @Test func eachRegisteredServiceHasItsOwnBaseURL() throws {
        let (_, first) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts])
        let (_, second) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts + "/vprotect"])
        #expect(first != second)
    }
}
