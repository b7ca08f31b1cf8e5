import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Without state: an entity generated from a schema is the same wherever it appears (its collection, read alone,
/// in an envelope, nested in another response, answered by a create), and a list's entities have distinct ids.
@Suite struct EntityCoherenceTests {
    static let users = MockEngine(contracts: StatefulEngineTests.users)

    static func json(_ engine: MockEngine, _ target: String) throws -> JSONValue {
        try json(engine, "GET", target)
    }

    static func json(_ engine: MockEngine, _ method: String, _ target: String, body: String = "") throws -> JSONValue {
        try JSONValue(parsingJSONText: engine.respond(method, target, headers: ["Content-Type": "application/json"], body: body).response.body)
    }

    @Test func eachUserListedIsTheUserReadAlone() throws {
        let listed = try #require(try Self.json(Self.users, "/users").arrayElements)
        #expect(listed.count == 2)
        for user in listed {
            let id = try #require(user["id"]?.scalarText)
            #expect(try Self.json(Self.users, "/users/" + id) == user)
        }
    }

    @Test func aUserNestedInAnotherResponseIsTheUserReadAlone() throws {
        let lead = try #require(try Self.json(Self.users, "/teams/7")["lead"])
        let id = try #require(lead["id"]?.scalarText)
        #expect(try Self.json(Self.users, "/users/" + id) == lead)
        #expect(try Self.json(Self.users, "/teams/8")["lead"]?["id"] != lead["id"])
    }

    @Test func theUserACreateAnswersIsTheUserReadBackHoldingWhatItSubmits() throws {
        let created = try Self.json(Self.users, "POST", "/users", body: #"{"name":"Ada","email":"ada@example.com"}"#)
        let id = try #require(created["id"]?.scalarText)
        var read = try Self.json(Self.users, "/users/" + id)
        #expect(read["name"] != .string("Ada") && read["email"] != .string("ada@example.com"))
        read.setMember("name", to: .string("Ada"))
        read.setMember("email", to: .string("ada@example.com"))
        #expect(read == created)
        #expect(try Self.json(Self.users, "POST", "/users", body: #"{"name":"Bob","email":"bob@example.com"}"#)["id"] != created["id"])
    }

    @Test func entitiesInAnEnvelopeAreTheSameListedAndAloneAndTheirIdsDistinct() throws {
        let engine = MockEngine(contracts: try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: Backups, version: '1'}
            paths:
              /stacks/{stack_id}/backups:
                get:
                  parameters: [{name: stack_id, in: path, required: true, schema: {type: string}}]
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {type: object, properties: {
                        response: {type: array, minItems: 6, items: {$ref: '#/components/schemas/Backup'}},
                        count: {type: integer}}}}}
              /stacks/{stack_id}/backups/{id}:
                get:
                  parameters:
                    - {name: stack_id, in: path, required: true, schema: {type: string}}
                    - {name: id, in: path, required: true, schema: {type: integer}}
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {type: object, properties: {response: {$ref: '#/components/schemas/Backup'}}}}}
            components:
              schemas:
                Backup:
                  type: object
                  properties:
                    id: {type: integer}
                    database_name: {type: string}
                    backup_size: {type: integer}
                    created_at: {type: string, format: date-time}
            """).contracts)
        let listed = try #require(try Self.json(engine, "/stacks/s/backups")["response"]?.arrayElements)
        #expect(listed.count == 6)
        #expect(Set(listed.compactMap { $0["id"]?.scalarText }).count == 6)
        for backup in listed {
            let id = try #require(backup["id"]?.scalarText)
            #expect(try Self.json(engine, "/stacks/s/backups/" + id)["response"] == backup)
        }
    }
}
