import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MimicContracts
import MimicEngine
import MimicTestSupport
import MimicURLProtocol
import Testing
@testable import Mimic

/// `MockServer.Configuration(stateful: true)` over a real socket, and `MockURLProtocol` registered `stateful`:
/// sessions, `/__mimic/state`, `/__mimic/reset`, concurrent creates.
@Suite struct StatefulLiveTests {
    static let users = WorkspaceFile.package("Tests/Fixtures/users.yaml").path

    static func server() throws -> MockServer {
        let server = try MockServer(contractsAt: [users], configuration: MockServer.Configuration(stateful: true))
        try server.start()
        return server
    }

    static func url(_ server: MockServer, _ path: String) -> URL {
        URL(string: server.baseURL.absoluteString + path)!
    }

    static func create(_ name: String, on server: MockServer, session: String? = nil) async throws -> LiveClient.Reply {
        var headers = ["Content-Type": "application/json"]
        if let session { headers["Mimic-Session"] = session }
        return try await LiveClient.send(url(server, "/users"), method: "POST", headers: headers, body: Data(#"{"name":"\#(name)","email":"x@example.com"}"#.utf8))
    }

    static func names(_ reply: LiveClient.Reply) throws -> [String] {
        let items = try #require(try JSONValue(parsingJSONText: Array(reply.body)).arrayElements)
        return items.compactMap { $0["name"]?.scalarText }
    }

    @Test func theStateEndpointShowsWhatASessionCreatedAndAResetForgetsIt() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let seeded = try await LiveClient.send(Self.url(server, "/users"))
        #expect(try await Self.create("Ada", on: server, session: "a").status == 201)
        #expect(try await Self.create("Bob", on: server).status == 201)
        let stateA = try await LiveClient.send(Self.url(server, "/__mimic/state?session=a"))
        #expect(stateA.status == 200)
        #expect(stateA.text.contains(#""name":"Ada""#) && !stateA.text.contains(#""name":"Bob""#))
        let everything = try await LiveClient.send(Self.url(server, "/__mimic/state"))
        #expect(everything.text.contains(#""name":"a""#) && everything.text.contains(#""name":"default""#))

        #expect(try await LiveClient.send(Self.url(server, "/__mimic/reset?session=a"), method: "POST").status == 204)
        #expect(try await LiveClient.send(Self.url(server, "/users"), headers: ["Mimic-Session": "a"]).body == seeded.body)
        #expect(try Self.names(try await LiveClient.send(Self.url(server, "/users"))).contains("Bob"))
        #expect(try await LiveClient.send(Self.url(server, "/__mimic/reset"), method: "POST").status == 204)
        #expect(try await LiveClient.send(Self.url(server, "/users")).body == seeded.body)
        #expect(server.journal.entries.allSatisfy { !$0.isInvalid })
    }

    @Test func theStateEndpointsOfAStatelessServerSayHowToGetState() async throws {
        let server = try MockServer(contractsAt: [Self.users])
        try server.start()
        defer { server.stop() }
        let reply = try await LiveClient.send(Self.url(server, "/__mimic/reset"), method: "POST")
        #expect(reply.status == 409)
        #expect(reply.text == #"{"type":"urn:mimic:problem:stateless","title":"No state kept","status":409,"detail":"Mimic keeps no state: start it with --stateful (MockServer.Configuration(stateful: true)) to have /__mimic/reset."}"#)
    }

    @Test func concurrentCreatesAreEachStoredOnceWithTheirOwnIdentity() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let replies = try await withThrowingTaskGroup(of: LiveClient.Reply.self) { group in
            for index in 0..<24 { group.addTask { try await Self.create("User \(index)", on: server) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.allSatisfy { $0.status == 201 })
        let locations = Set(replies.compactMap { $0.headers["location"] })
        #expect(locations.count == 24)
        let names = try Self.names(try await LiveClient.send(Self.url(server, "/users")))
        #expect(names.count == 26)
        #expect(Set(names.suffix(24)) == Set((0..<24).map { "User \($0)" }))
    }

    @Test func aStatefulURLProtocolRegistrationKeepsEachMimicSessionApart() async throws {
        let registration = try MockURLProtocol.register(contractsAt: [Self.users], stateful: true)
        defer { registration.unregister() }
        let session = registration.session()
        let users = registration.baseURL(session: "mine").appending(path: "users")
        let theirs = registration.baseURL(session: "theirs").appending(path: "users")
        #expect(registration.baseURL(session: "mine") != registration.baseURL(session: "theirs"))
        var request = URLRequest(url: users)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"name":"Mine","email":"m@example.com"}"#.utf8)
        let (_, created) = try await session.data(for: request)
        #expect((created as? HTTPURLResponse)?.statusCode == 201)
        let (listed, _) = try await session.data(from: users)
        let (others, _) = try await session.data(from: theirs)
        let (unnamed, _) = try await session.data(from: registration.baseURL.appending(path: "users"))
        #expect(String(decoding: listed, as: UTF8.self).contains(#""name":"Mine""#))
        #expect(!String(decoding: others, as: UTF8.self).contains(#""name":"Mine""#))
        #expect(others == unnamed)
        registration.resetState(session: "mine")
        let (reset, _) = try await session.data(from: users)
        #expect(reset == others)
    }
}
