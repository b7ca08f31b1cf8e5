import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Without state, a generated body does what the request asks: a list's items hold what its query filters, as
/// many as its page size, from its page; an item read by id has that id; a create's answer holds what it submits.
@Suite struct RequestHonouringTests {
    static let users = MockEngine(contracts: StatefulEngineTests.users)
    static let dynamic: HTTPHeaders = ["Prefer": "dynamic=true"]

    static func json(_ engine: MockEngine, _ target: String, method: String = "GET", headers: HTTPHeaders = dynamic, body: String = "") throws -> JSONValue {
        let result = engine.respond(method, target, headers: headers, body: body)
        #expect(result.violations.isEmpty)
        return try JSONValue(parsingJSONText: result.response.body)
    }

    static func items(_ engine: MockEngine, _ target: String) throws -> [JSONValue] {
        try #require(try json(engine, target).arrayElements)
    }

    static func texts(_ items: [JSONValue], _ path: String...) -> [String] {
        items.map { item in path.reduce(Optional(item)) { $0?[$1] }?.scalarText ?? "-" }
    }

    @Test func vProtectBackupsListedWithAStatusAndTypeHoldThemAsTheirEnumValuesName() throws {
        let backups = try Self.items(.forSeeds, "/api/backups?status=SUCCESS&type=FULL&protected-entity-type=VM&size=3")
        #expect(Self.texts(backups, "guid") == ["1559", "2479", "2536"])
        #expect(Self.texts(backups, "status", "name") == ["SUCCESS", "SUCCESS", "SUCCESS"])
        #expect(Self.texts(backups, "type", "name") == ["FULL", "FULL", "FULL"])
        #expect(Self.texts(backups, "status", "description") == [
            "Shared with the whole marketing team.", "Covers the production databases.", "Keeps the last seven copies.",
        ])
        // The items have no protected entity type: that filter changes nothing.
        #expect(try Self.items(.forSeeds, "/api/backups?status=SUCCESS&type=FULL&size=3") == backups)
    }

    @Test func severalValuesOfAFilterAreTakenInTurnAndAPageShowsTheItemsAfterThePreviousOnes() throws {
        let page = try Self.items(.forSeeds, "/api/backups?status=SUCCESS&status=FAILED&size=2&page=2")
        #expect(Self.texts(page, "guid") == ["2536", "3063"])
        #expect(Self.texts(page, "status", "name") == ["SUCCESS", "FAILED"])
        let whole = try Self.items(.forSeeds, "/api/backups?size=4")
        #expect(Self.texts(whole, "guid") == ["1559", "2479", "2536", "3063"])
    }

    @Test func cloud66BackupsListedForADatabaseTypeAreAllOfItAndTheirCountsAgree() throws {
        let body = try Self.json(.forSeeds, "/api/3/stacks/abc/backups?db_type=redis")
        let backups = try #require(body["response"]?.arrayElements)
        #expect(Self.texts(backups, "id") == ["1559", "2479"])
        #expect(Self.texts(backups, "db_type") == ["redis", "redis"])
        #expect(body["count"] == .integer(2))
        #expect(body["pagination"]?.serialized() == #"{"previous":null,"next":null,"current":1,"per_page":10,"count":2,"pages":1}"#)
    }

    @Test func aListHoldsAsManyItemsAsItsPageSizeAsksFromThePageItNames() throws {
        let four = try Self.items(Self.users, "/users?per_page=4")
        #expect(four.count == 4)
        #expect(try Self.items(Self.users, "/users") == Array(four.prefix(2)))
        let second = try Self.items(Self.users, "/users?per_page=3&page=2&status=suspended")
        #expect(Self.texts(second, "id") == [
            "5834d3da-96bd-485d-a2f2-7301e542bbe4", "e4e0a934-b83f-4237-9c3e-1546cc2165ad", "f2b6f14a-7c0e-4ed1-bfa0-4a33bbd0f90c",
        ])
        #expect(second[0]["id"] == four[3]["id"])
        #expect(Self.texts(second, "status") == ["suspended", "suspended", "suspended"])
    }

    static let pages = """
        openapi: 3.0.3
        info: {title: Pages, version: '1'}
        paths:
          /orders:
            get:
              parameters:
                - {name: page, in: query, schema: {type: integer}}
                - {name: per_page, in: query, schema: {type: integer}}
                - {name: offset, in: query, schema: {type: integer}}
                - {name: limit, in: query, schema: {type: integer}}
                - {name: status, in: query, schema: {type: string}}
                - {name: quantity, in: query, schema: {type: integer}}
                - {name: paid, in: query, schema: {type: boolean}}
                - {name: tags, in: query, schema: {type: string}}
              responses:
                '200':
                  description: OK
                  content: {application/json: {schema: {type: object, properties: {
                    orders: {type: array, maxItems: 40, items: {$ref: '#/components/schemas/Order'}},
                    total: {type: integer},
                    page: {type: integer},
                    per_page: {type: integer},
                    total_pages: {type: integer},
                    previous: {type: integer, nullable: true},
                    next: {type: integer, nullable: true}}}}}
            post:
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      properties:
                        'order[status]': {type: string}
                        'order[quantity]': {type: string}
                        'order[id]': {type: string}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
          /orders/{order_id}:
            get:
              parameters: [{name: order_id, in: path, required: true, schema: {type: integer}}]
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
        components:
          schemas:
            Order:
              type: object
              properties:
                id: {type: integer}
                status: {type: string, enum: [open, shipped]}
                quantity: {type: integer, maximum: 10}
                paid: {type: boolean}
                tags: {type: array, items: {type: string}}
        """

    @Test func aPageCountsAgreeWithThePageAskedAndItsSizeStopsAtTheSchemasAndTheGeneratorsLimits() throws {
        let engine = try MockEngine(contract: Self.pages)
        func counts(_ target: String) throws -> String {
            var body = try Self.json(engine, target)
            let listed = body["orders"]?.arrayElements?.count ?? -1
            body.setMember("orders", to: .integer(listed))
            return body.serialized()
        }
        #expect(try counts("/orders?page=3&per_page=5").hasPrefix(#"{"orders":5,"#))
        let third = try Self.json(engine, "/orders?page=3&per_page=5")
        #expect(third["page"] == .integer(3) && third["per_page"] == .integer(5) && third["previous"] == .integer(2))
        let pages = try #require(third["total_pages"].flatMap { if case .integer(let n) = $0 { n } else { nil } })
        #expect(pages >= 3)
        #expect(third["total"] == .integer(pages * 5))
        #expect(third["next"] == (pages > 3 ? .integer(4) : .null))
        // Forty is the schema's most, so 50 asked is a last, shorter page.
        #expect(try counts("/orders?per_page=50&page=2") == #"{"orders":40,"total":90,"page":2,"per_page":50,"total_pages":2,"previous":1,"next":null}"#)
        #expect(try counts("/orders?limit=7&offset=14") == #"{"orders":7,"total":42,"page":3,"per_page":7,"total_pages":6,"previous":2,"next":4}"#)
        #expect(try counts("/orders?limit=0").hasPrefix(#"{"orders":0,"total":0,"#))
    }

    @Test func aFilterIsReadAsTheFieldsTypeAndIgnoredWhereTheSchemaRefusesItsValue() throws {
        let engine = try MockEngine(contract: Self.pages)
        let orders = try #require(try Self.json(engine, "/orders?quantity=7&paid=true&tags=urgent&per_page=3")["orders"]?.arrayElements)
        #expect(orders.map { $0["quantity"] } == [.integer(7), .integer(7), .integer(7)])
        #expect(orders.map { $0["paid"] } == [.bool(true), .bool(true), .bool(true)])
        #expect(orders.map { $0["tags"] } == Array(repeating: .array([.string("urgent")]), count: 3))
        let refused = try #require(try Self.json(engine, "/orders?quantity=70&status=lost&per_page=3")["orders"]?.arrayElements)
        let usual = try #require(try Self.json(engine, "/orders?per_page=3")["orders"]?.arrayElements)
        #expect(refused == usual)
    }

    @Test func anItemReadByIdHasThatId() throws {
        #expect(try Self.json(Self.users, "/users/0b0f6c1e-8f0a-4d4e-9a55-3c2f5d1e7a10")["id"] == .string("0b0f6c1e-8f0a-4d4e-9a55-3c2f5d1e7a10"))
        #expect(try Self.json(.forSeeds, "/api/backups/f8f73bf9-2445-4bce-a7dd-753be3b40a67")["guid"] == .string("f8f73bf9-2445-4bce-a7dd-753be3b40a67"))
        #expect(try Self.json(.forSeeds, "/api/3/stacks/abc/backups/77")["response"]?["id"] == .integer(77))
        #expect(try Self.json(MockEngine(contract: Self.pages), "/orders/4242")["id"] == .integer(4242))
    }

    @Test func aCreateAnswersTheFieldsItSubmitsWhereItsSchemaHasThemAndAdmitsThem() throws {
        let submitted = #"{"name":"Ada Lovelace","email":"ada@example.com","status":"suspended","profile":{"city":"London"},"nickname":"ada"}"#
        let created = try Self.json(Self.users, "/users", method: "POST", headers: ["Content-Type": "application/json"], body: submitted)
        #expect(created.serialized() == #"{"id":"8a37164e-a1bb-44f6-8eb5-66c8e39adff6","name":"Ada Lovelace","email":"ada@example.com","status":"suspended","profile":{"city":"London"},"created_at":"2021-10-28T15:53:15Z"}"#)
    }

    @Test func aFormCreateAnswersItsFieldsReadAsTheSchemasTypes() throws {
        let engine = try MockEngine(contract: Self.pages)
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        let created = try Self.json(engine, "/orders", method: "POST", headers: form, body: "order[status]=shipped&order[quantity]=9&order[id]=5")
        #expect(created["status"] == .string("shipped") && created["quantity"] == .integer(9))
        #expect(created["id"] != .integer(5))  // the identity is the mock's to give
        let refused = try Self.json(engine, "/orders", method: "POST", headers: form, body: "order[status]=lost&order[quantity]=99")
        #expect(refused["status"] != .string("lost") && refused["quantity"] != .integer(99))
    }

    @Test func theSameRequestGivesTheSameBytes() {
        let target = "/api/backups?status=SUCCESS&status=FAILED&size=5&page=3"
        let first = MockEngine(contracts: ContractFixture.seed).respond("GET", target, headers: Self.dynamic).response.body
        #expect(MockEngine.forSeeds.respond("GET", target, headers: Self.dynamic).response.body == first)
    }
}
