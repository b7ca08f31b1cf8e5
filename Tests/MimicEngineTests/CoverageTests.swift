import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Coverage counted request by request, without sockets: on the seed contracts after a scripted session, and
/// on a small contract with enumerated headers, integers and JSON body fields.
@Suite struct CoverageTests {
    /// The coverage of `engine` after `requests`, each `METHOD target` with an optional body and headers.
    private func coverage(of engine: MockEngine, after requests: [(String, String, String, HTTPHeaders)]) -> Coverage {
        let recorder = CoverageRecorder(router: engine.router)
        for (method, target, body, headers) in requests {
            recorder.record(engine.respond(method, target, headers: headers, body: body))
        }
        return recorder.coverage
    }

    /// The scripted session on the seed contracts: vProtect's `GET /api/backups` with two enum members, a value
    /// that is none and a repeated one; Cloud 66's list with `db_type`, and its create with an array of them;
    /// Backupify's definition; an unknown route and an undeclared method.
    private var seedSession: Coverage {
        coverage(of: .forSeeds, after: [
            ("GET", "/api/backups?status=FAILED", "", [:]),
            ("GET", "/api/backups?status=SUCCESS&nameLike=x", "", [:]),
            ("GET", "/api/backups?status=BOGUS", "", [:]),
            ("GET", "/api/backups?status=FAILED", "", [:]),
            ("GET", "/api/3/stacks/abc/backups?db_type=mysql", "", ["Authorization": "Bearer t"]),
            ("POST", "/api/3/stacks/abc/backups?db_type=mysql,redis,oracle", "", ["Authorization": "Bearer t"]),
            ("GET", "/v1/backup_definitions/42", "", ["Authorization": "Bearer t"]),
            ("GET", "/no/such/route", "", [:]),
            ("DELETE", "/v1/backup_definitions/42", "", [:]),
        ])
    }

    @Test func theSeedSessionsTotals() {
        let coverage = seedSession
        #expect(coverage.operations.count == 49)
        #expect(coverage.operationTally == Coverage.Tally(total: 49, covered: 4))
        #expect(coverage.operationTally.percent == 8.2)
        #expect(coverage.statusTally == Coverage.Tally(total: 49, covered: 3))
        #expect(coverage.parameterTally == Coverage.Tally(total: 312, covered: 8))
        #expect(coverage.enumValueTally == Coverage.Tally(total: 149, covered: 5))
        #expect(coverage.requests == 9)
        #expect(coverage.validRequests == 5)
        #expect(coverage.unmatchedRequests == 2)
    }

    @Test func theSeedSessionsListOfBackups() throws {
        let list = try #require(seedSession.operations.first { $0.method == "GET" && $0.path == "/api/backups" })
        #expect(list.operationId == "listBackups")
        #expect(list.requests == 4)
        #expect(list.validRequests == 3)
        #expect(list.statuses == [.init(status: .code(200), count: 3)])
        #expect(list.undeclaredStatuses == [.init(status: 422, count: 1)])
        #expect(list.parameters.filter { $0.count > 0 } == [.init(location: "query", name: "nameLike", count: 1), .init(location: "query", name: "status", count: 4)])
        #expect(list.parameters.count == 27)
        let status = try #require(list.enums.first { $0.name == "status" })
        #expect(status.location == "query")
        #expect(status.values.map { "\($0.value.scalarText!)=\($0.count)" } == [
            "FAILED=2", "INPROGRESS=0", "PARTIAL_SUCCESS=0", "QUEUED=0", "SUCCESS=1", "SUCCESS_REMOVED=0",
        ])
        #expect(status.otherValues == 1)
        #expect(list.enums.map(\.name) == ["protected-entity-type", "status", "type"])
    }

    @Test func anArrayParametersItemsAreCountedOneByOne() throws {
        let create = try #require(seedSession.operations.first { $0.method == "POST" && $0.path == "/api/3/stacks/{stack_id}/backups" })
        let types = try #require(create.enums.first { $0.name == "db_type" })
        #expect(types.values.map { "\($0.value.scalarText!)=\($0.count)" } == ["all=0", "mysql=1", "postgresql=0", "redis=1", "mongodb=0"])
        #expect(types.otherValues == 1)
        #expect(create.parameters.filter { $0.count > 0 }.map(\.name) == ["stack_id", "db_type"])
        #expect(create.validRequests == 0)
    }

    @Test func operationsNeverCalledCountNothing() throws {
        let never = try #require(seedSession.operations.first { $0.method == "GET" && $0.path == "/api/backups/{guid}" })
        #expect(never.requests == 0)
        #expect(never.statuses.allSatisfy { $0.count == 0 })
        #expect(never.parameters == [.init(location: "path", name: "guid", count: 0)])
    }

    static let orders = """
        openapi: 3.0.3
        info: {title: Orders, version: "1"}
        paths:
          /orders/{size}:
            post:
              operationId: placeOrder
              parameters:
                - {name: size, in: path, required: true, schema: {type: integer, enum: [1, 2, 3]}}
                - {name: X-Channel, in: header, schema: {type: string, enum: [web, app]}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        kind: {type: string, enum: [gift, standard]}
                        lines:
                          type: array
                          items:
                            type: object
                            properties:
                              unit: {type: string, enum: [kg, g]}
              responses:
                '201': {description: Created}
                4XX: {description: Refused}
        """

    @Test func enumeratedHeadersIntegersAndBodyFieldsAreCounted() throws {
        let coverage = coverage(of: try MockEngine(contract: Self.orders), after: [
            ("POST", "/orders/2", #"{"kind": "gift", "lines": [{"unit": "kg"}, {"unit": "lb"}, {"unit": "kg"}]}"#, ["Content-Type": "application/json", "x-channel": "app"]),
            ("POST", "/orders/7", #"{"kind": 3}"#, ["Content-Type": "application/json"]),
        ])
        let order = try #require(coverage.operations.first)
        // Both break the contract (`lb`, 7, a number for `kind`): their 422 is the declared 4XX.
        #expect(order.statuses == [.init(status: .code(201), count: 0), .init(status: .range(4), count: 2)])
        #expect(order.undeclaredStatuses == [])
        #expect(order.parameters.map(\.count) == [2, 1])
        #expect(order.enums.map { "\($0.location) \($0.name): " + $0.values.map { "\($0.value.serialized())=\($0.count)" }.joined(separator: " ") + " other=\($0.otherValues)" } == [
            "path size: 1=0 2=1 3=0 other=1",
            "header X-Channel: \"web\"=0 \"app\"=1 other=0",
            "body /kind: \"gift\"=1 \"standard\"=0 other=1",
            "body /lines/*/unit: \"kg\"=2 \"g\"=0 other=1",
        ])
        #expect(coverage.enumValueTally == Coverage.Tally(total: 9, covered: 4))
    }

    @Test func asJSONTheTotalsComeFirstThenEveryOperation() throws {
        let coverage = coverage(of: try MockEngine(contract: Self.orders), after: [
            ("POST", "/orders/2", #"{"kind": "gift"}"#, ["Content-Type": "application/json"]),
            ("GET", "/nowhere", "", [:]),
        ])
        #expect(coverage.json.serialized() == #"{"totals":{"operations":{"total":1,"called":1,"percent":100.0},"statuses":{"total":2,"answered":1,"percent":50.0},"parameters":{"total":2,"sent":1,"percent":50.0},"enumValues":{"total":9,"sent":2,"percent":22.2},"requests":{"total":2,"valid":1,"unmatched":1}},"operations":[{"method":"POST","path":"/orders/{size}","operationId":"placeOrder","requests":{"total":1,"valid":1},"statuses":[{"status":"201","count":1},{"status":"4XX","count":0}],"undeclaredStatuses":[],"parameters":[{"in":"path","name":"size","count":1},{"in":"header","name":"X-Channel","count":0}],"enums":[{"in":"path","name":"size","values":[{"value":1,"count":0},{"value":2,"count":1},{"value":3,"count":0}],"otherValues":0},{"in":"header","name":"X-Channel","values":[{"value":"web","count":0},{"value":"app","count":0}],"otherValues":0},{"in":"body","name":"/kind","values":[{"value":"gift","count":1},{"value":"standard","count":0}],"otherValues":0},{"in":"body","name":"/lines/*/unit","values":[{"value":"kg","count":0},{"value":"g","count":0}],"otherValues":0}]}]}"#)
    }

    @Test func asTextATableThenWhatEachCalledOperationNeverGot() throws {
        let coverage = coverage(of: try MockEngine(contract: Self.orders), after: [
            ("POST", "/orders/2", #"{"kind": "gift"}"#, ["Content-Type": "application/json"]),
        ])
        #expect(coverage.text == """
            Operations called: 1 of 1 (100.0%)
            Statuses answered: 1 of 2 (50.0%)
            Parameters sent: 1 of 2 (50.0%)
            Enum values sent: 2 of 9 (22.2%)
            Requests: 1 (1 valid, 0 answered by no operation)

            METHOD  PATH            REQUESTS  VALID  STATUSES  PARAMETERS  ENUM VALUES
            POST    /orders/{size}  1         1      1/2       1/2         2/9
                statuses never answered: 4XX
                parameters never sent: X-Channel (header)
                size (path) never sent: 1, 3
                X-Channel (header) never sent: web, app
                /kind (body) never sent: standard
                /lines/*/unit (body) never sent: kg, g

            """)
    }

    @Test func concurrentRecordsAreAllCounted() async {
        let engine = MockEngine.forSeeds
        let recorder = CoverageRecorder(router: engine.router)
        let result = engine.respond("GET", "/api/backups?status=QUEUED")
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { for _ in 0..<250 { recorder.record(result) } }
            }
        }
        let list = recorder.coverage.operations.first { $0.method == "GET" && $0.path == "/api/backups" }
        #expect(list?.requests == 1_000)
        #expect(list?.enums.first { $0.name == "status" }?.values.first { $0.value == .string("QUEUED") }?.count == 1_000)
    }
}
