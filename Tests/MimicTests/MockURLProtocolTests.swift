import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MimicTestSupport
import Testing
@testable import Mimic
import MimicURLProtocol

/// `MockURLProtocol` in process. Serialized: a registration for every host must not meet another test's.
@Suite(.serialized) struct MockURLProtocolTests {
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

    @Test func aSessionsBaseURLFindsItsJournal() async throws {
        let (session, baseURL) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts])
        _ = try await LiveClient.send(baseURL.appendingPathComponent("api/backups"), session: session)
        let registration = try #require(MockURLProtocol.registration(for: baseURL))
        #expect(registration.journal.entries.map(\.description) == ["GET /api/backups → 200"])
        #expect(MockURLProtocol.registration(for: URL(string: "https://nobody.invalid")) == nil)
    }

    @Test func eachRegisteredServiceHasItsOwnBaseURL() throws {
        let (_, first) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts])
        let (_, second) = try MockURLProtocol.session(contractsAt: [MockServerTests.contracts + "/vprotect"])
        #expect(first != second)
    }

    @Test func theAppsOwnHostIsAnsweredAndTheJournalSaysWhatItSent() async throws {
        let backend = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts], hosts: ["api.example.com"])
        defer { backend.unregister() }
        let session = backend.session()
        let valid = try await LiveClient.send(URL(string: "https://api.example.com/api/backups")!, session: session)
        #expect(valid.status == 200)
        let invalid = try await LiveClient.send(URL(string: "https://API.example.com:8443/api/backups?status=BOGUS")!, session: session)
        #expect(invalid.status == 422)
        #expect(backend.journal.entries.map(\.description) == [
            "GET /api/backups → 200",
            #"GET /api/backups?status=BOGUS → 422: query status/0: "BOGUS" is not one of FAILED, INPROGRESS, PARTIAL_SUCCESS, QUEUED, SUCCESS, SUCCESS_REMOVED"#,
        ])
    }

    @Test func anUnregisteredHostGoesBackToTheNetworkAndNothingIsLeft() throws {
        let request = URLRequest(url: URL(string: "https://shop.invalid/api/backups")!)
        let backend = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts], hosts: ["shop.invalid"])
        #expect(MockURLProtocol.canInit(with: request))
        #expect(MockURLProtocol.canInit(with: URLRequest(url: backend.baseURL)))
        backend.unregister()
        #expect(!MockURLProtocol.canInit(with: request))
        #expect(!MockURLProtocol.canInit(with: URLRequest(url: backend.baseURL)))
    }

    @Test func theNewestRegistrationOfAHostAnswersUntilItIsUnregistered() async throws {
        let health = URL(string: "http://stack.invalid/__mimic/health")!
        let older = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts], hosts: ["stack.invalid"])
        defer { older.unregister() }
        let newer = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts + "/vprotect"], hosts: ["stack.invalid"])
        let session = newer.session()
        let newest = try await LiveClient.send(health, session: session).text
        #expect(newest == #"{"status":"ok","operations":16,"files":1,"strict":false}"#)
        newer.unregister()
        #expect(try await LiveClient.send(health, session: session).text == #"{"status":"ok","operations":49,"files":5,"strict":false}"#)
    }

    @Test func aRegistrationForEveryHostAnswersTheHostsNoneNames() throws {
        let named = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts], hosts: ["named.invalid"])
        defer { named.unregister() }
        let every = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts], hosts: .all)
        #expect(MockURLProtocol.canInit(with: URLRequest(url: URL(string: "https://anything.invalid/x")!)))
        every.unregister()
        #expect(!MockURLProtocol.canInit(with: URLRequest(url: URL(string: "https://anything.invalid/x")!)))
        #expect(MockURLProtocol.canInit(with: URLRequest(url: URL(string: "https://named.invalid/x")!)))
    }

    @Test func aConfigurationOfYourOwnAsksTheProtocolFirstAndKeepsItsOthers() {
        let configuration = URLSessionConfiguration.default
        let others = configuration.protocolClasses ?? []
        MockURLProtocol.enable(in: configuration)
        MockURLProtocol.enable(in: configuration)
        #expect(configuration.protocolClasses?.map(ObjectIdentifier.init) == ([MockURLProtocol.self] + others).map(ObjectIdentifier.init))
    }

    @Test func aDelayedRequestIsAnsweredAfterItsDelay() async throws {
        let backend = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts])
        defer { backend.unregister() }
        backend.delay = .milliseconds(100)
        #expect(backend.delay == .milliseconds(100))
        let reply = try await LiveClient.send(backend.baseURL.appendingPathComponent("api/backups"), session: backend.session())
        #expect(reply.status == 200)
        #expect(backend.journal.recordedCount == 1)
    }

    @Test func aRequestCancelledDuringItsDelayIsNeverAnswered() async throws {
        let backend = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts])
        defer { backend.unregister() }
        backend.delay = .seconds(1)
        let session = backend.session()
        let request = Task { try await LiveClient.send(backend.baseURL.appendingPathComponent("api/backups"), session: session) }
        try await Task.sleep(for: .milliseconds(50))
        request.cancel()
        let error = await #expect(throws: URLError.self) { try await request.value }
        #expect(error?.code == .cancelled)
        try await Task.sleep(for: .milliseconds(1_500))   // past the delay: the stopped load is not answered then
        #expect(backend.journal.recordedCount == 0)
    }

    @Test func anInjectedErrorFailsRequestsBeforeTheyReachTheContracts() async throws {
        let backend = try MockURLProtocol.register(contractsAt: [MockServerTests.contracts], hosts: ["api.example.com"])
        defer { backend.unregister() }
        let session = backend.session()
        let url = URL(string: "https://api.example.com/api/backups")!
        backend.failure = URLError(.notConnectedToInternet)
        let error = await #expect(throws: URLError.self) { try await LiveClient.send(url, session: session) }
        #expect(error?.code == .notConnectedToInternet)
        backend.failure = nil
        #expect(try await LiveClient.send(url, session: session).status == 200)
        #expect(backend.journal.entries.map(\.description) == ["GET /api/backups → 200"])
    }
}
