import Foundation
import MimicContracts
import MimicEngine
import MimicHTTP
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// `mimic verify`'s engine on real sockets: against Mimic itself serving the seed contracts, nothing breaks the
/// contract; against a provider that answers wrongly on purpose, every planted fault is reported where it is, and
/// nothing else.
@Suite struct ContractVerifierLiveTests {
    /// A contract beside the seeds declaring what they never do in a response: an enum and a required property.
    static let fixture = """
        openapi: 3.0.3
        info: {title: fixture, version: '1'}
        paths:
          /fixture/orders/{id}:
            get:
              operationId: getFixtureOrder
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object, properties: {state: {type: string, enum: [placed, delivered]}}}
          /fixture/customers/{id}:
            get:
              operationId: getFixtureCustomer
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object, required: [name], properties: {name: {type: string}}}
        """

    @Test func verifyingMimicServingTheSeedContractsFindsNoViolation() throws {
        var configuration = MockServer.Configuration()
        configuration.validateResponses = true
        let server = MockServer(contracts: ContractFixture.seed, configuration: configuration)
        _ = try server.start()
        defer { server.stop() }
        let verifier = ContractVerifier(
            contracts: ContractFixture.seed, builder: ContractRequestBuilder(contracts: ContractFixture.seed, credential: "secret"),
            selection: .init(allowWrites: true, negative: true))
        let client = HTTPClient(endpoint: try HTTPEndpoint(server.baseURL.absoluteString))
        let report = verifier.run(against: server.baseURL.absoluteString, sending: { try client.send($0) })
        #expect(report.exchanges.filter { $0.outcome != .passed }.map(\.line) == [])
        #expect(report.exchanges.count == ContractFixture.seed.operations.count + report.exchanges.count { $0.expectation != .conforming })
        #expect(report.exchanges.contains { $0.expectation != .conforming }, "the seeds give rules to break")
        #expect(server.journal.responseFaultCount == 0, "\(server.journal.responseFaultEntries.map(\.description))")
        #expect(report.summary == "\(report.exchanges.count) exchanges: \(report.exchanges.count) passed, 0 failed, 0 errors")
    }

    @Test func aFaultyProviderHasEveryPlantedFaultReportedWhereItIsAndNothingElse() throws {
        let folder = try ContractFixture([("fixture.yaml", Self.fixture)])
        defer { folder.remove() }
        let contracts = ContractLoader().load([ContractFixture.seedFolder, folder.folder])
        #expect(!contracts.hasErrors)
        let honest = MockService(contracts: contracts, seed: 1)
        let provider = try ScriptedUpstream { text in
            let request = Self.request(from: text)
            var response = honest.respond(to: request).response
            Self.plantFault(in: &response, answering: request.path)
            return .bytes(Self.bytes(of: response))
        }
        defer { provider.stop() }
        let verifier = ContractVerifier(contracts: contracts, builder: ContractRequestBuilder(contracts: contracts, credential: "secret"))
        let client = HTTPClient(endpoint: try HTTPEndpoint("http://127.0.0.1:\(provider.port)"))
        let report = verifier.run(against: "http://127.0.0.1:\(provider.port)", sending: { try client.send($0) })
        let failed = report.exchanges.filter { $0.outcome != .passed }.map(\.line)
        #expect(failed == [
            "FAIL GET /api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups → 418: response.status: GET /api/3/stacks/{stack_id}/backups declares no 418 response; it declares 200 [status]",
            "FAIL GET /api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups/4153/files → 200: response.header X-RateLimit-Limit: expected an integer (int64), found \"many\" [type]",
            "FAIL GET /api/backups/aggregated-statistics → 200: response.body: the body is not JSON: at byte 0 (line 1, column 1), JSON array opened here is never closed; add the missing ']' [syntax]",
            "FAIL GET /api/backups/07576016-2f3b-40e5-a6c4-d09950b6dc40 → 200: response.header Content-Type: the 200 response of GET /api/backups/{guid} declares no text/html body; it declares application/json [media-type]",
            "FAIL GET /fixture/customers/9133 → 200: response.body: required property \"name\" is missing [required]",
            "FAIL GET /fixture/orders/6641 → 200: response.body /state: \"lost\" is not one of placed, delivered [enum]",
        ])
        #expect(report.count(.passed) == report.exchanges.count - 6)
        #expect(!report.keepsContract)
    }

    /// Breaks the honest `response` to a request for `path` as the test plants it, one fault per operation.
    static func plantFault(in response: inout HTTPResponse, answering path: String) {
        switch path {
        case "/api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups":
            response.status = 418
        case "/api/3/stacks/5999b763474b0eafa5fafb64bff0ba80/backups/4153/files":
            response.headers.set("X-RateLimit-Limit", "many")
        case "/api/backups/aggregated-statistics":
            response.body = Array(response.body.dropLast())
        case "/api/backups/07576016-2f3b-40e5-a6c4-d09950b6dc40":
            response.headers.set("Content-Type", "text/html")
        case _ where path.hasPrefix("/fixture/orders/"):
            response.body = Array(#"{"state":"lost"}"#.utf8)
        case _ where path.hasPrefix("/fixture/customers/"):
            response.body = Array(#"{"nickname":"Al"}"#.utf8)
        default:
            break
        }
    }

    /// The request a provider received, as text: request line, header fields, and the body after the blank line.
    static func request(from text: String) -> HTTPRequest {
        let parts = text.components(separatedBy: "\r\n\r\n")
        var lines = parts[0].components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return HTTPRequest(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers,
            body: Array(parts.dropFirst().joined(separator: "\r\n\r\n").utf8))
    }

    /// `response` as HTTP/1.1 bytes, framed by `Content-Length`.
    static func bytes(of response: HTTPResponse) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(response.reasonPhrase)\r\n"
        for field in response.headers { head += "\(field.name): \(field.value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + response.body
    }
}
