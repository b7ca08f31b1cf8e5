import MimicContracts
import MimicEngine
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// CORS as `MockService` answers it, without sockets: preflights from the route table, every answer readable
/// from the calling origin, admin endpoints included.
@Suite struct MockServiceCORSTests {
    static let contracts = try! ContractFixture.load("""
        openapi: 3.0.3
        info: {title: Things, version: "1"}
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: the things
                  headers:
                    Link: {schema: {type: string, example: "</things?page=2>; rel=next"}}
                  content:
                    application/json:
                      example: []
            post:
              operationId: createThing
              responses: {"201": {description: created}}
          /options-too:
            options:
              operationId: describeOptions
              responses: {"200": {description: what is allowed, content: {text/plain: {example: declared}}}}
            get:
              responses: {"200": {description: ok}}
        """).contracts

    static let origin = "http://localhost:8000"

    static func preflight(_ path: String, method: String = "POST") -> HTTPRequest {
        HTTPRequest(method: "OPTIONS", target: path, headers: [
            "Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "content-type",
        ])
    }

    @Test func aPreflightOnADeclaredPathIsAnswered204AndNotJournaled() {
        let service = MockService(contracts: Self.contracts, seed: 1)
        let result = service.respond(to: Self.preflight("/things"))
        #expect(result.response.rendered == """
            204
            Access-Control-Allow-Origin: http://localhost:8000
            Access-Control-Allow-Credentials: true
            Vary: Origin
            Access-Control-Allow-Methods: GET, POST, HEAD
            Access-Control-Allow-Headers: content-type
            Access-Control-Max-Age: 600

            """)
        #expect(service.journal.recordedCount == 0)
        #expect(service.journal.invalidCount == 0)
    }

    @Test func anAnswerFromAnotherOriginExposesItsFields() {
        let service = MockService(contracts: Self.contracts, seed: 1)
        let result = service.respond(to: HTTPRequest(method: "GET", target: "/things", headers: ["Origin": Self.origin]))
        #expect(result.response.rendered == """
            200
            Content-Type: application/json
            Link: </things?page=2>; rel=next
            Access-Control-Allow-Origin: http://localhost:8000
            Access-Control-Allow-Credentials: true
            Vary: Origin
            Access-Control-Expose-Headers: Content-Type, Link
            []
            """)
        #expect(service.journal.recordedCount == 1)
    }

    @Test func anOptionsTheContractDeclaresIsServedAsDeclared() {
        let service = MockService(contracts: Self.contracts, seed: 1)
        let result = service.respond(to: Self.preflight("/options-too", method: "GET"))
        #expect(result.operation?.operationId == "describeOptions")
        #expect(result.response.status == 200)
        #expect(String(decoding: result.response.body, as: UTF8.self) == "declared")
        #expect(result.response.headers["Access-Control-Allow-Origin"] == Self.origin)
        #expect(service.journal.recordedCount == 1)
    }

    @Test func aPreflightOnAnUnknownPathIsTheUsual404ReadableFromTheOrigin() {
        let service = MockService(contracts: Self.contracts, seed: 1)
        let result = service.respond(to: Self.preflight("/nowhere"))
        #expect(result.response.status == 404)
        #expect(result.response.headers["Access-Control-Allow-Origin"] == Self.origin)
        #expect(service.journal.invalidCount == 1)
    }

    @Test func adminEndpointsAnswerCORSToo() {
        let service = MockService(contracts: Self.contracts, seed: 1)
        let preflight = service.respond(to: Self.preflight("/__mimic/requests", method: "DELETE")).response
        #expect(preflight.status == 204)
        #expect(preflight.headers["Access-Control-Allow-Methods"] == "GET, DELETE, HEAD")
        let health = service.respond(to: HTTPRequest(method: "GET", target: "/__mimic/health", headers: ["Origin": Self.origin])).response
        #expect(health.status == 200)
        #expect(health.headers["Access-Control-Allow-Origin"] == Self.origin)
        #expect(health.headers["Access-Control-Expose-Headers"] == "Content-Type")
    }

    @Test func withoutOriginOrWithCORSOffNothingIsAdded() {
        let plain = MockService(contracts: Self.contracts, seed: 1).respond(to: HTTPRequest(method: "GET", target: "/things")).response
        #expect(plain.headers.map(\.name) == ["Content-Type", "Link"])
        let off = MockService(contracts: Self.contracts, seed: 1, cors: false)
        let preflight = off.respond(to: Self.preflight("/things")).response
        #expect(preflight.status == 405)
        #expect(!preflight.headers.contains("Access-Control-Allow-Origin"))
        #expect(off.journal.invalidCount == 1)
    }
}
