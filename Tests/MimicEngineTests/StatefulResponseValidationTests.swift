import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// `--stateful --validate-responses` without sockets: the answers given from the state are checked against the
/// contract like any declared answer, and Mimic's own problems (a limit's 507, an undeclared 404, a session
/// name refused) are not.
@Suite struct StatefulResponseValidationTests {
    static func engine(_ contracts: ContractSet, limits: StateLimits = StateLimits(), problems: ProblemStyle = .mimic) -> MockEngine {
        MockEngine(contracts: contracts, problems: problems, validateResponses: true, state: StateStore(limits: limits))
    }

    /// A stateful engine checking its answers, over an OpenAPI 3 document whose `paths` (and what follows) are
    /// `document`.
    static func engine(document: String, limits: StateLimits = StateLimits(), problems: ProblemStyle = .mimic) throws -> MockEngine {
        engine(try ContractFixture.load("openapi: 3.0.3\ninfo: {title: Fixture, version: '1'}\npaths:\n" + document).contracts, limits: limits, problems: problems)
    }

    static let jsonBody: HTTPHeaders = ["Content-Type": "application/json"]

    /// A list whose declared example breaks its schema: Prism's style seeds the state from it, a fault of Mimic's
    /// answer; Mimic's passes the example over and seeds generated entities that keep the schema.
    @Test func aListSeededFromAnExampleThatBreaksTheSchemaIsMimicsFaultInPrismsStyleOnly() throws {
        let notes = """
              /notes:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Note'}}
                          example: [{id: 1, title: a long title}]
              /notes/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}}
            components:
              schemas:
                Note: {type: object, properties: {id: {type: integer}, title: {type: string, maxLength: 5}}}
            """
        let prism = try Self.engine(document: notes, problems: .prism)
        #expect(prism.respond("GET", "/notes").responseViolations.map(\.description) == ["response.body /0/title: must be at most 5 characters long, found 12"])
        let engine = try Self.engine(document: notes)
        let list = engine.respond("GET", "/notes")
        #expect(list.response.status == 200 && list.responseViolations.isEmpty)
        #expect(!String(decoding: list.response.body, as: UTF8.self).contains("a long title"))
        let item = engine.respond("GET", "/notes/1")
        #expect(String(decoding: item.response.body, as: UTF8.self) == #"{"id":1,"title":"Welco"}"# && item.responseViolations.isEmpty, "an entity read alone is shaped to its schema")
    }

    @Test func aCycleOnAContractItsStateKeepsHasNoFault() throws {
        let engine = Self.engine(ContractLoader().load([WorkspaceFile.package("Tests/Fixtures/users.yaml").path]))
        let created = engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"Ada","email":"ada@example.com","status":"active"}"#)
        let id = try #require(try JSONValue(parsingJSONText: created.response.body)["id"]?.scalarText)
        let answers = [
            created,
            engine.respond("GET", "/users/" + id),
            engine.respond("GET", "/users"),
            engine.respond("PUT", "/users/" + id, headers: Self.jsonBody, body: #"{"name":"Ada L","email":"ada@l.example"}"#),
            engine.respond("DELETE", "/users/" + id),
            engine.respond("GET", "/users/" + id),
        ]
        #expect(answers.map(\.response.status) == [201, 200, 200, 200, 204, 404])
        #expect(answers.allSatisfy { $0.responseViolations.isEmpty })
    }

    @Test func mimicsOwnProblemsAreNotChecked() throws {
        let engine = try Self.engine(document: """
              /things:
                get:
                  responses:
                    default: {description: Any, content: {application/json: {schema: {type: array}}}}
                post:
                  responses:
                    default: {description: Any, content: {application/json: {schema: {type: object, required: [id], properties: {id: {type: integer}}}}}}
              /things/{thing_id}:
                delete:
                  parameters: [{name: thing_id, in: path, required: true, schema: {type: integer}}]
                  responses: {'204': {description: Gone}}
            """, limits: StateLimits(entitiesPerCollection: 1))
        #expect(engine.respond("POST", "/things").response.status == 200)
        let refused = engine.respond("POST", "/things")
        #expect(refused.response.status == 507 && refused.responseViolations.isEmpty, "a limit is Mimic's problem, not an answer of the contract's default")
        let badSession = engine.respond("GET", "/things", headers: ["Mimic-Session": "a b"])
        #expect(badSession.response.status == 400 && badSession.responseViolations.isEmpty)
    }
}
