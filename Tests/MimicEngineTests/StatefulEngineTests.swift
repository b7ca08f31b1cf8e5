import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// `--stateful` without sockets: on `Tests/Fixtures/users.yaml` (JSON-schema list and item responses, a declared
/// 404) and on the seed contracts (Backupify's form-data resources, Cloud 66's nested backups, vProtect's backups).
@Suite struct StatefulEngineTests {
    static let users = ContractLoader().load([WorkspaceFile.package("Tests/Fixtures/users.yaml").path])

    static func engine(_ contracts: ContractSet = users, limits: StateLimits = StateLimits()) -> MockEngine {
        MockEngine(contracts: contracts, state: StateStore(limits: limits))
    }

    /// A stateful engine over an OpenAPI 3 document whose `paths` (and what follows them) are `document`.
    static func engine(document: String) throws -> MockEngine {
        engine(try ContractFixture.load("openapi: 3.0.3\ninfo: {title: Fixture, version: '1'}\npaths:\n" + document).contracts)
    }

    static func json(_ result: MockResult) throws -> JSONValue {
        try JSONValue(parsingJSONText: result.response.body)
    }

    static func items(_ result: MockResult) throws -> [JSONValue] {
        try #require(try json(result).arrayElements)
    }

    static let jsonBody: HTTPHeaders = ["Content-Type": "application/json"]
    static let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]

    @Test func aUserCreatedIsReadBackListedUpdatedAndDeleted() throws {
        let engine = Self.engine()
        let seeded = try Self.items(engine.respond("GET", "/users"))
        let created = engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"Ada","email":"ada@example.com","status":"active"}"#)
        #expect(created.response.status == 201)
        let entity = try Self.json(created)
        let id = try #require(entity["id"]?.scalarText)
        #expect(created.response.headers["Location"] == "/users/" + id)
        #expect(entity["name"] == .string("Ada") && entity["email"] == .string("ada@example.com"))
        #expect(!seeded.contains { $0["id"]?.scalarText == id })

        #expect(try Self.json(engine.respond("GET", "/users/" + id)) == entity)
        #expect(try Self.items(engine.respond("GET", "/users")) == seeded + [entity])

        let replaced = engine.respond("PUT", "/users/" + id, headers: Self.jsonBody, body: #"{"name":"Ada L","email":"ada@l.example"}"#)
        #expect(replaced.response.status == 200)
        let read = try Self.json(engine.respond("GET", "/users/" + id))
        #expect(read["name"] == .string("Ada L") && read["email"] == .string("ada@l.example") && read["id"] == .string(id))
        #expect(try Self.items(engine.respond("GET", "/users")).last == read)

        #expect(engine.respond("DELETE", "/users/" + id).response.status == 204)
        let gone = engine.respond("GET", "/users/" + id)
        #expect(gone.response.status == 404)
        #expect(try Self.json(gone)["message"] != nil)  // the contract's own 404, generated from its Error schema
        #expect(engine.respond("DELETE", "/users/" + id).response.status == 404)
        #expect(try Self.items(engine.respond("GET", "/users")) == seeded)
    }

    @Test func fieldsTheSchemaDoesNotDeclareAreStoredButNeverAnsweredWhereItForbidsThem() throws {
        let engine = Self.engine()
        let created = try Self.json(engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"Ada","email":"a@example.com","nickname":"ada"}"#))
        #expect(created["nickname"] == nil)
        let id = try #require(created["id"]?.scalarText)
        #expect(try Self.json(engine.respond("GET", "/users/" + id))["nickname"] == nil)
        #expect(engine.state?.json(session: nil).serialized().contains(#""nickname":"ada""#) == true)
        #expect(engine.respond("GET", "/users/" + id).response.status == 200)
    }

    @Test func aMergePatchMergesNestedObjectsAndAPlainPatchReplacesEachField() throws {
        let engine = Self.engine()
        let id = try #require(try Self.items(engine.respond("GET", "/users"))[0]["id"]?.scalarText)
        let before = try Self.json(engine.respond("GET", "/users/" + id))
        let merged = try Self.json(engine.respond("PATCH", "/users/" + id, headers: ["Content-Type": "application/merge-patch+json"], body: #"{"profile":{"city":"Paris"}}"#))
        #expect(merged["profile"] == .object([JSONMember("bio", before["profile"]?["bio"] ?? .null), JSONMember("city", .string("Paris"))]))
        let replaced = try Self.json(engine.respond("PATCH", "/users/" + id, headers: Self.jsonBody, body: #"{"profile":{"city":"Lyon"}}"#))
        #expect(replaced["profile"] == .object([JSONMember("city", .string("Lyon"))]))
        #expect(replaced["name"] == before["name"])
        let invalid = engine.respond("PATCH", "/users/" + id, headers: ["Content-Type": "application/merge-patch+json"], body: #""text""#)
        #expect(invalid.response.status == 422)  // refused by validation: it changes nothing
        #expect(try Self.json(engine.respond("GET", "/users/" + id)) == replaced)
    }

    @Test func theListIsFilteredByEntityFieldsAndPagedAsTheContractDeclares() throws {
        let engine = Self.engine()
        for (name, status) in [("A", "active"), ("B", "suspended"), ("C", "active")] {
            _ = engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"\#(name)","email":"\#(name)@example.com","status":"\#(status)"}"#)
        }
        let all = try Self.items(engine.respond("GET", "/users"))
        #expect(all.count == 5)
        #expect(try Self.items(engine.respond("GET", "/users?status=active")) == all.filter { $0["status"] == .string("active") })
        #expect(try Self.items(engine.respond("GET", "/users?page=2&per_page=2")) == Array(all[2..<4]))
        #expect(try Self.items(engine.respond("GET", "/users?page=3&per_page=2")) == [all[4]])
        #expect(try Self.items(engine.respond("GET", "/users?page=9&per_page=2")).isEmpty)
    }

    @Test func sessionsAreIsolatedAndAResetRestoresTheSeededState() throws {
        let engine = Self.engine()
        let seeded = try Self.items(engine.respond("GET", "/users"))
        let a: HTTPHeaders = ["Mimic-Session": "a", "Content-Type": "application/json"]
        let b: HTTPHeaders = ["Mimic-Session": "b"]
        let created = try Self.json(engine.respond("POST", "/users", headers: a, body: #"{"name":"In A","email":"a@example.com"}"#))
        #expect(try Self.items(engine.respond("GET", "/users", headers: a)).count == seeded.count + 1)
        #expect(try Self.items(engine.respond("GET", "/users", headers: b)) == seeded)
        #expect(try Self.items(engine.respond("GET", "/users")) == seeded)
        #expect(try Self.json(engine.respond("GET", "/users/" + (created["id"]?.scalarText ?? ""), headers: b))["name"] != .string("In A"))
        engine.state?.reset(session: "a")
        #expect(try Self.items(engine.respond("GET", "/users", headers: a)) == seeded)
    }

    @Test func aSessionNameMustBeVisibleASCII() throws {
        let result = Self.engine().respond("GET", "/users", headers: ["Mimic-Session": "a b"])
        #expect(result.response.status == 400)
        #expect(String(decoding: result.response.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:session-invalid","title":"Session name invalid","status":400,"detail":"A session name is 1 to 128 visible ASCII characters; 'a b' is not."}"#)
    }

    @Test func theSameSequenceGivesTheSameBytesFromTwoEngines() throws {
        let sequence: [(String, String, HTTPHeaders, String)] = [
            ("POST", "/users", Self.jsonBody, #"{"name":"Ada","email":"ada@example.com"}"#),
            ("POST", "/users", ["Content-Type": "application/json", "Mimic-Session": "x"], #"{"name":"Bob","email":"bob@example.com"}"#),
            ("GET", "/users", [:], ""),
            ("GET", "/users", ["Mimic-Session": "x"], ""),
        ]
        let first = Self.engine(), second = Self.engine()
        for (method, target, headers, body) in sequence {
            let one = first.respond(method, target, headers: headers, body: body).response
            let two = second.respond(method, target, headers: headers, body: body).response
            #expect(one.body == two.body && one.headers == two.headers, "\(method) \(target)")
        }
    }

    @Test func aCollectionTakesNoMoreEntitiesThanItsLimit() throws {
        let engine = Self.engine(limits: StateLimits(entitiesPerCollection: 3))
        #expect(engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"A","email":"a@example.com"}"#).response.status == 201)
        let refused = engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"B","email":"b@example.com"}"#)
        #expect(refused.response.status == 507)
        #expect(String(decoding: refused.response.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:state-limit","title":"State limit reached","status":507,"detail":"/users already holds 3 entities and deleted identities in this session, its limit; delete some, or POST /__mimic/reset."}"#)
        #expect(try Self.items(engine.respond("GET", "/users")).count == 3)
    }

    @Test func anEntityLargerThanItsLimitIsRefused() throws {
        let engine = Self.engine(limits: StateLimits(entityBytes: 300))
        let long = String(repeating: "x", count: 400)
        let refused = engine.respond("POST", "/users", headers: Self.jsonBody, body: #"{"name":"\#(long)","email":"a@example.com"}"#)
        #expect(refused.response.status == 507)
        #expect(try Self.json(refused)["detail"]?.scalarText?.hasSuffix("more than the 300 one entity may take.") == true)
    }

    @Test func aSessionPastTheLimitDropsTheLeastRecentlyUsedAndSaysSo() throws {
        let engine = Self.engine(limits: StateLimits(sessions: 2))
        _ = engine.respond("GET", "/users", headers: ["Mimic-Session": "one"])
        _ = engine.respond("GET", "/users", headers: ["Mimic-Session": "two"])
        let third = engine.respond("GET", "/users", headers: ["Mimic-Session": "three"])
        #expect(third.note == "state: session 'one' dropped, the least recently used past 2 sessions")
        let entry = RequestJournal().record(HTTPRequest(method: "GET", target: "/users"), answeredWith: third)
        #expect(entry.line.hasSuffix(" (state: session 'one' dropped, the least recently used past 2 sessions)"))
        #expect(entry.json["note"] == .string("state: session 'one' dropped, the least recently used past 2 sessions"))
        #expect(engine.state?.sessionNames == ["two", "three"])
        #expect(engine.respond("GET", "/users", headers: ["Mimic-Session": "three"]).note == nil)
    }

    @Test func aSessionTakesNoMoreCollectionsThanItsLimit() throws {
        let engine = Self.engine(ContractFixture.seed, limits: StateLimits(collectionsPerSession: 1))
        #expect(engine.respond("POST", "/api/3/stacks/a/backups?db_type=mysql").response.status == 200)
        let refused = engine.respond("POST", "/api/3/stacks/b/backups?db_type=mysql")
        #expect(refused.response.status == 507)
        #expect(try Self.json(refused)["detail"] == .string("This session already holds 1 collections, its limit; POST /__mimic/reset, or use another Mimic-Session."))
    }

    @Test func aPutOfAnUnknownItemCreatesItWhereTheContractAnswers201() throws {
        let engine = try Self.engine(document: """
              /keys:
                get:
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Key'}}}}}
              /keys/{name}:
                put:
                  parameters: [{name: name, in: path, required: true, schema: {type: string}}]
                  requestBody: {content: {application/json: {schema: {type: object}}}}
                  responses:
                    '200': {description: Replaced, content: {application/json: {schema: {$ref: '#/components/schemas/Key'}}}}
                    '201': {description: Created, headers: {Location: {schema: {type: string}}}, content: {application/json: {schema: {$ref: '#/components/schemas/Key'}}}}
            components:
              schemas:
                Key: {type: object, properties: {id: {type: string}, value: {type: string}}}
            """)
        let seeded = try Self.items(engine.respond("GET", "/keys"))
        let created = engine.respond("PUT", "/keys/colour", headers: Self.jsonBody, body: #"{"value":"blue"}"#)
        #expect(created.response.status == 201 && created.response.headers["Location"] == "/keys/colour")
        #expect(try Self.json(created) == .object([JSONMember("id", .string("colour")), JSONMember("value", .string("blue"))]))
        #expect(try Self.items(engine.respond("GET", "/keys")) == seeded + [try Self.json(created)])
    }

    @Test func aDeletedItemOfAContractWithoutA404IsAProblem() throws {
        let engine = try Self.engine(document: """
              /things:
                get:
                  responses:
                    '200': {description: OK, content: {application/json: {schema: {type: array, items: {type: object, properties: {id: {type: integer}}}}}}}
              /things/{thing_id}:
                delete:
                  parameters: [{name: thing_id, in: path, required: true, schema: {type: integer}}]
                  responses: {'204': {description: Gone}}
            """)
        let first = try #require(try Self.items(engine.respond("GET", "/things"))[0]["id"]?.scalarText)
        #expect(engine.respond("DELETE", "/things/" + first).response.status == 204)
        let again = engine.respond("DELETE", "/things/" + first)
        #expect(again.response.status == 404)
        #expect(String(decoding: again.response.body, as: UTF8.self) == #"{"type":"urn:mimic:problem:entity-not-found","title":"Entity not found","status":404,"detail":"/things holds no entity '\#(first)' in this session: it was deleted."}"#)
        #expect(try Self.items(engine.respond("GET", "/things")).allSatisfy { $0["id"]?.scalarText != first })
    }

    // MARK: - Seed contracts

    @Test func aBackupifyDefinitionCreatedFromAFormIsReadBackListedAndUpdated() throws {
        let engine = Self.engine(ContractFixture.seed)
        let seeded = try Self.items(engine.respond("GET", "/v1/backup_definitions"))
        let created = try Self.json(engine.respond("POST", "/v1/backup_definitions", headers: Self.form, body: "backup_definition[name]=Nightly&backup_definition[published]=true"))
        #expect(created["name"] == .string("Nightly") && created["published"] == .bool(true))
        let id = try #require(created["id"]?.scalarText)
        #expect(try Self.json(engine.respond("GET", "/v1/backup_definitions/" + id)) == created)
        #expect(try Self.items(engine.respond("GET", "/v1/backup_definitions")) == seeded + [created])
        _ = engine.respond("PUT", "/v1/backup_definitions/" + id, headers: Self.form, body: "backup_definition[name]=Weekly&backup_definition[published]=false")
        let read = try Self.json(engine.respond("GET", "/v1/backup_definitions/" + id))
        #expect(read["name"] == .string("Weekly") && read["published"] == .bool(false) && read["description"] == created["description"])
        let seededID = try #require(seeded[0]["id"]?.scalarText)
        _ = engine.respond("PUT", "/v1/backup_definitions/" + seededID, headers: Self.form, body: "backup_definition[name]=Renamed")
        #expect(try Self.items(engine.respond("GET", "/v1/backup_definitions"))[0]["name"] == .string("Renamed"))
    }

    @Test func aCloud66BackupCreatedInOneStackIsListedThereOnly() throws {
        let engine = Self.engine(ContractFixture.seed)
        let other = engine.respond("GET", "/api/3/stacks/other/backups").response.body
        let before = try #require(try Self.json(engine.respond("GET", "/api/3/stacks/s1/backups"))["response"]?.arrayElements)
        #expect(engine.respond("POST", "/api/3/stacks/s1/backups?db_type=postgresql&keep_count=3").response.status == 200)
        let list = try Self.json(engine.respond("GET", "/api/3/stacks/s1/backups"))
        let after = try #require(list["response"]?.arrayElements)
        #expect(list["count"] == .integer(after.count))
        #expect(Array(after.prefix(before.count)) == before && after.count == before.count + 1)
        let created = try #require(after.last)
        #expect(created["db_type"] == .string("postgresql") && created["keep_count"] == nil)
        let id = try #require(created["id"]?.scalarText)
        #expect(try Self.json(engine.respond("GET", "/api/3/stacks/s1/backups/" + id))["response"] == created)
        #expect(engine.respond("GET", "/api/3/stacks/other/backups").response.body == other)
    }

    @Test func aFilterOnAFieldHeldAsAnObjectFiltersNothing() throws {
        let engine = Self.engine(ContractFixture.seed)
        let all = engine.respond("GET", "/api/backups", headers: ["Mimic-Session": "f"]).response.body
        #expect(engine.respond("GET", "/api/backups?status=SUCCESS", headers: ["Mimic-Session": "f"]).response.body == all)
    }

    @Test func aVProtectBackupListedIsTheSameBackupReadAlone() throws {
        let engine = Self.engine(ContractFixture.seed)
        for headers: HTTPHeaders in [[:], ["Mimic-Session": "v"]] {
            let listed = try #require(try Self.items(engine.respond("GET", "/api/backups", headers: headers)).first)
            let guid = try #require(listed["guid"]?.scalarText)
            let alone = try Self.json(engine.respond("GET", "/api/backups/" + guid, headers: headers))
            #expect(alone["guid"] == .string(guid))
            guard case .object(let members) = alone else { Issue.record("not an object"); continue }
            for member in members where listed[member.key] != nil {
                #expect(listed[member.key] == member.value, "\(member.key)")
            }
        }
    }
}
