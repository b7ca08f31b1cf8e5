import Foundation
import Mimic
import MimicTestSupport
import Testing

/// `mimic proxy` in front of a provider that gets the contracts wrong on purpose, one planted fault per
/// operation: every fault is reported with its location, and nothing else.
///
/// The seed contracts declare no response enum and no required response property, so a small catalog contract
/// served beside them carries those two.
@Suite struct ProxyFaultyProviderTests {
    static let catalog = """
        openapi: 3.0.3
        info: {title: catalog, version: '1'}
        paths:
          /catalog/items/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [id, state]
                        properties:
                          id: {type: integer}
                          state: {type: string, enum: [active, retired]}
        """

    static let guid = "f8f73bf9-2445-4bce-a7dd-753be3b40a67"
    static let stack = "5999b763474b0eafa5fafb64bff0ba80"

    /// The provider: right for `/catalog/items/3`, wrong in one way for every other path it knows.
    static let faultyProvider: @Sendable (HTTPRequest) -> HTTPResponse = { request in
        switch request.path {
        case "/catalog/items/1":
            HTTPResponse(status: 200, json: #"{"id":1,"state":"lost"}"#)
        case "/catalog/items/2":
            HTTPResponse(status: 200, json: #"{"state":"active"}"#)
        case "/catalog/items/3":
            HTTPResponse(status: 200, json: #"{"id":3,"state":"retired"}"#)
        case "/api/backups/aggregated-statistics":
            HTTPResponse(status: 418, json: "[]")
        case "/api/backups/\(guid)":
            HTTPResponse(status: 200, headers: ["Content-Type": "text/html"], body: Array("<p>backup</p>".utf8))
        case "/api/backups/for-restore/\(guid)":
            HTTPResponse(status: 200, json: #"{"guid": "#)
        case "/api/3/stacks/\(stack)/backups/4153":
            HTTPResponse(status: 200, json: #"{"response":{"id":4153}}"#, headers: ["X-RateLimit-Limit": "lots", "X-RateLimit-Remaining": "12"])
        default:
            HTTPResponse(status: 404, json: "{}")
        }
    }

    @Test func reportsEveryPlantedFaultWithItsLocationAndNothingElse() throws {
        let provider = HTTPServer(handler: Self.faultyProvider)
        let providerPort = try provider.start()
        defer { provider.stop() }
        let fixture = try ContractFixture([("catalog.yaml", Self.catalog)])
        defer { fixture.remove() }
        let contracts = ContractLoader.serving.load([ContractFixture.seedFolder, fixture.folder])
        #expect(!contracts.hasErrors)
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(providerPort)", contracts: contracts)
        defer { proxy.stop() }

        let targets = [
            "/catalog/items/1", "/catalog/items/2", "/catalog/items/3", "/api/backups/aggregated-statistics",
            "/api/backups/\(Self.guid)", "/api/backups/for-restore/\(Self.guid)", "/api/3/stacks/\(Self.stack)/backups/4153",
        ]
        let answers = try targets.map { try proxy.send("GET", $0) }

        #expect(answers.map(\.status) == [200, 200, 200, 418, 200, 200, 200])
        #expect(proxy.journal == [
            "GET /catalog/items/1 200\n  response.body  /state enum",
            "GET /catalog/items/2 200\n  response.body   required",
            "GET /catalog/items/3 200",
            "GET /api/backups/aggregated-statistics 418\n  response.status   status",
            "GET /api/backups/\(Self.guid) 200\n  response.header Content-Type  media-type",
            "GET /api/backups/for-restore/\(Self.guid) 200\n  response.body   syntax",
            "GET /api/3/stacks/\(Self.stack)/backups/4153 200\n  response.header X-RateLimit-Limit  type",
        ])
        #expect(proxy.server.journal.entries.allSatisfy { $0.violations.isEmpty })
        let messages = proxy.server.journal.entries.flatMap(\.responseViolations).map(\.description)
        #expect(messages == [
            #"response.body /state: "lost" is not one of active, retired"#,
            #"response.body: required property "id" is missing"#,
            "response.status: GET /api/backups/aggregated-statistics declares no 418 response; it declares 200",
            "response.header Content-Type: the 200 response of GET /api/backups/{guid} declares no text/html body; it declares application/json",
            "response.body: the body is not JSON: at byte 9 (line 1, column 10), expected a JSON value (object, array, string, number, true, false or null), found the end of the input",
            #"response.header X-RateLimit-Limit: expected an integer (int64), found "lots""#,
        ])
        // Each faulty answer carries its violations in sl-violations; the right one carries none.
        #expect(answers.map { $0.headers["sl-violations"] != nil } == [true, true, false, true, true, true, true])
        #expect(answers[0].headers["sl-violations"]
            == #"[{"location":"response.body","name":"","pointer":"/state","code":"enum","message":"\"lost\" is not one of active, retired","allowed":["active","retired"]}]"#)
    }

    @Test func withErrorsAnswers502ForEachFaultyAnswerAndPassesTheRightOne() throws {
        let provider = HTTPServer(handler: Self.faultyProvider)
        let providerPort = try provider.start()
        defer { provider.stop() }
        let fixture = try ContractFixture([("catalog.yaml", Self.catalog)])
        defer { fixture.remove() }
        let proxy = try ProxyServer(to: "http://127.0.0.1:\(providerPort)", contracts: fixture.load(), errors: true)
        defer { proxy.stop() }
        #expect(try proxy.send("GET", "/catalog/items/1").status == 502)
        #expect(try proxy.send("GET", "/catalog/items/3").status == 200)
        #expect(try proxy.send("GET", "/catalog/items/three").status == 422)
    }
}
