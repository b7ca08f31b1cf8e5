import Foundation
import Mimic
import MimicTestSupport
import Testing

/// `mimic proxy` in front of the provider `mimic verify` is tested against (`ContractVerifierLiveTests`): Mimic
/// answering the seed contracts and a fixture beside them, one fault planted per operation. Every planted fault is
/// reported with its location, and nothing else.
@Suite struct ProxyFaultyProviderTests {
    static let stack = "5999b763474b0eafa5fafb64bff0ba80"
    static let guid = "07576016-2f3b-40e5-a6c4-d09950b6dc40"

    /// The seed contracts and the verifier's fixture, and the faulty provider answering them on a real socket.
    private func faultyProvider() throws -> (contracts: ContractSet, provider: HTTPServer, port: Int) {
        let folder = try ContractFixture([("fixture.yaml", ContractVerifierLiveTests.fixture)])
        defer { folder.remove() }
        let contracts = ContractLoader.serving.load([ContractFixture.seedFolder, folder.folder])
        let honest = MockService(contracts: contracts, seed: 1)
        let provider = HTTPServer { request in
            var response = honest.respond(to: request).response
            ContractVerifierLiveTests.plantFault(in: &response, answering: request.path)
            return response
        }
        return (contracts, provider, try provider.start())
    }

    @Test func reportsEveryPlantedFaultWithItsLocationAndNothingElse() throws {
        let (contracts, provider, port) = try faultyProvider()
        defer { provider.stop() }
        #expect(!contracts.hasErrors)
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(port)", contracts: contracts)
        defer { proxy.stop() }

        let targets = [
            "/api/3/stacks/\(Self.stack)/backups", "/api/3/stacks/\(Self.stack)/backups/4153/files",
            "/api/backups/aggregated-statistics", "/api/backups/\(Self.guid)", "/fixture/customers/9133", "/fixture/orders/6641",
            "/api/backups/grouped",
        ]
        let answers = try targets.map { try proxy.send("GET", $0) }

        #expect(answers.map(\.status) == [418, 200, 200, 200, 200, 200, 200])
        #expect(proxy.journal == [
            "GET /api/3/stacks/\(Self.stack)/backups 418\n  response.status   status",
            "GET /api/3/stacks/\(Self.stack)/backups/4153/files 200\n  response.header X-RateLimit-Limit  type",
            "GET /api/backups/aggregated-statistics 200\n  response.body   syntax",
            "GET /api/backups/\(Self.guid) 200\n  response.header Content-Type  media-type",
            "GET /fixture/customers/9133 200\n  response.body   required",
            "GET /fixture/orders/6641 200\n  response.body  /state enum",
            "GET /api/backups/grouped 200",
        ])
        #expect(proxy.server.journal.entries.allSatisfy { $0.violations.isEmpty })
        #expect(proxy.server.journal.entries.flatMap(\.responseViolations).map(\.description) == [
            "response.status: GET /api/3/stacks/{stack_id}/backups declares no 418 response; it declares 200",
            #"response.header X-RateLimit-Limit: expected an integer (int64), found "many""#,
            "response.body: the body is not JSON: at byte 0 (line 1, column 1), JSON array opened here is never closed; add the missing ']'",
            "response.header Content-Type: the 200 response of GET /api/backups/{guid} declares no text/html body; it declares application/json",
            #"response.body: required property "name" is missing"#,
            #"response.body /state: "lost" is not one of placed, delivered"#,
        ])
        // Each faulty answer carries its violations in sl-violations; the right one carries none.
        #expect(answers.map { $0.headers["sl-violations"] != nil } == [true, true, true, true, true, true, false])
        #expect(answers[5].headers["sl-violations"]
            == #"[{"location":"response.body","name":"","pointer":"/state","code":"enum","message":"\"lost\" is not one of placed, delivered","allowed":["placed","delivered"]}]"#)
    }

    @Test func withErrorsAnswers502ForAFaultyAnswerAnd422ForAnInvalidRequest() throws {
        let (contracts, provider, port) = try faultyProvider()
        defer { provider.stop() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(port)", contracts: contracts, errors: true)
        defer { proxy.stop() }
        #expect(try proxy.send("GET", "/fixture/orders/6641").status == 502)
        #expect(try proxy.send("GET", "/api/backups/grouped").status == 200)
        #expect(try proxy.send("GET", "/fixture/orders/six").status == 422)
    }
}
