import MimicContracts
import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

/// The request validator on the seed contracts: vProtect under `/api`, Cloud 66 under `/api/3`.
@Suite struct RequestValidationSeedTests {
    private func status(_ target: String, engine: MockEngine = MockEngine.forSeeds) -> Int {
        engine.respond("GET", target).response.status
    }

    @Test func aStatusOutsideItsEnumIsAWholeReport() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/api/backups?status=BOGUS"))
        #expect(result.operation?.operationId == "listBackups")
        #expect(result.violations.map(\.name) == ["status"])
        #expect(result.response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of GET /api/backups: 1 violation.","mode":"lenient","errors":[{"location":"query","name":"status","pointer":"/0","code":"enum","message":"\\"BOGUS\\" is not one of FAILED, INPROGRESS, PARTIAL_SUCCESS, QUEUED, SUCCESS, SUCCESS_REMOVED","allowed":["FAILED","INPROGRESS","PARTIAL_SUCCESS","QUEUED","SUCCESS","SUCCESS_REMOVED"]}]}
            """)
    }

    @Test(arguments: [
        ("/api/backups?protected-entity-type=PC", "query protected-entity-type enum "),
        ("/api/backups?only-mountable=maybe", "query only-mountable type "),
        ("/api/backups?from=abc", "query from type "),
        ("/api/backups?type=DIFFERENTIAL", "query type enum "),
        ("/api/backups/grouped?type=full", "query type enum "),
        ("/api/backups?from=9223372036854775808", "query from type "),
        ("/api/3/stacks/s/backups?db_type=oracle", "query db_type enum "),
        ("/api/3/stacks/s/backups?db_type=mysql,redis", "query db_type enum "),
        ("/api/3/stacks/s/backups?group=99999999999999999999", "query group type "),
        ("/api/3/stacks/s/backups/abc", "path id type "),
        ("/api/3/stacks/s/backups/1.5/files", "path backup_id type "),
    ])
    func aFaultyValueIsRefused(target: String, violation: String) {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: target))
        #expect(result.response.status == 422)
        #expect(result.violations.map { "\($0.location.rawValue) \($0.name) \($0.code) \($0.pointer)" } == [violation])
    }

    @Test func aLargeBodyListsItsFirstHundredViolationsAndCountsTheRest() {
        let body = "[" + (0..<200_000).map(String.init).joined(separator: ",") + "]"
        let result = MockEngine.forSeeds.respond("PUT", "/api/backups/g1/warnings", headers: ["Content-Type": "application/json"], body: body)
        let errors = (0..<100).map { #"{"location":"body","name":"","pointer":"/\#($0)","code":"type","message":"expected an object, found the integer \#($0)"}"# }
        #expect(result.response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of PUT /api/backups/{guid}/warnings: 200000 violations.","mode":"lenient","errors":[\(errors.joined(separator: ","))],"truncated":199900}
            """)
        #expect(result.violations == (0..<100).map { Violation(location: .body, name: "", pointer: "/\($0)", code: "type", message: "expected an object, found the integer \($0)") })
    }

    @Test func everyValueOfAMultivaluedParameterIsChecked() {
        #expect(status("/api/backups?status=FAILED&status=SUCCESS") == 200)
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/api/backups?status=FAILED&status=BOGUS"))
        #expect(result.violations.map { "\($0.name) \($0.code) \($0.pointer)" } == ["status enum /1"])
    }

    @Test func anEnumViolationSuggestsTheClosestValue() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/api/backups?protected-entity-type=vm"))
        #expect(result.violations.map(\.message) == [
            #""vm" is not one of APP, CLOUD, CLOUD_GROUP, CLOUD_SITE, CLOUD_TEAMS, CLOUD_USER, OS, OS_AGENT, STORAGE, VM; did you mean "VM"?"#,
        ])
    }

    @Test func threeFaultsAreThreeErrors() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/api/backups?type=FULLY&from=x1&only-mountable=2"))
        #expect(result.violations.map(\.name) == ["from", "only-mountable", "type"])
    }

    @Test func validValuesAreAnswered() {
        for target in [
            "/api/backups?status=SUCCESS&status=SUCCESS&type=INCREMENTAL&protected-entity-type=CLOUD_USER&only-mountable=false&from=-1&to=9223372036854775807&min-size=0",
            "/api/backups?nameLike=my%20backup%20%25&page=abc&backup-policy=p1&backup-policy=p2",
            "/api/3/stacks/s/backups?group=15&db_type=mongodb", "/api/3/stacks/s/backups/4153/files/tar-aa",
        ] {
            #expect(status(target) == 200, "\(target)")
        }
    }

    @Test func strictModeRefusesAnUndeclaredQueryParameterNamingTheClosest() {
        let strict = MockEngine(contracts: ContractFixture.seed, strict: true)
        #expect(status("/api/backups?protected_entity_type=VM") == 200)
        #expect(strict.respond("GET", "/api/backups?protected_entity_type=VM").response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of GET /api/backups: 1 violation.","mode":"strict","errors":[{"location":"query","name":"protected_entity_type","pointer":"","code":"undeclared","message":"'protected_entity_type' is not a declared query parameter; did you mean protected-entity-type?"}]}
            """)
        #expect(status("/api/backups?protected-entity-type=VM", engine: strict) == 200)
        #expect(status("/api/backups?zzz=1", engine: strict) == 422)
    }

    @Test func anUndecodableQueryIsAViolationNotACrash() {
        let result = MockEngine.forSeeds.respond(to: HTTPRequest(method: "GET", target: "/api/backups?nameLike=%4&filter=%FF%FE&type=%ZZ"))
        #expect(result.response.status == 422)
        #expect(result.violations.map { "\($0.name) \($0.code)" } == ["nameLike encoding", "filter encoding", "type encoding"])
    }

    @Test func everySeedOperationAcceptsAValidRequest() {
        for operation in ContractFixture.seed.operations {
            let result = MockEngine.forSeeds.respond(to: ContractFixture.seed.plausibleRequest(for: operation))
            #expect(result.violations.isEmpty, "\(operation.key): \(result.violations)")
            #expect((200...299).contains(result.response.status), "\(operation.key)")
        }
    }
}
