import MimicContracts
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Failures and delays on demand (`Prefer: code=`, `fault=`, `delay=`, `--delay`, `--chaos`), without sockets.
@Suite struct MockEngineDisturbanceTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: Things, version: "1"}
        paths:
          /things:
            get:
              operationId: listThings
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
              responses:
                "200":
                  description: the things
                  content:
                    application/json:
                      example: [{"id": 1}]
                "503":
                  description: down for maintenance
                  headers:
                    Retry-After: {schema: {type: integer, example: 30}}
                  content:
                    application/json:
                      example: {"down": true}
        """

    static let contracts = try! ContractFixture.load(contract).contracts

    static func engine(seed: UInt64 = 1, _ disturbance: Disturbance = Disturbance()) -> MockEngine {
        MockEngine(contracts: contracts, seed: seed, disturbance: disturbance)
    }

    @Test(arguments: [500, 502, 504, 408])
    func preferCodeAnswersAnUndeclaredFailureStatusWithAProblem(code: Int) {
        let result = Self.engine().respond("GET", "/things", headers: ["Prefer": "code=\(code)"])
        #expect(result.forced == "code=\(code)")
        #expect(result.violations.isEmpty)
        #expect(result.response.rendered == """
            \(code)
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:failure-requested","title":"Failure requested","status":\(code),"detail":"Prefer asks for status \(code); GET /things does not declare it, so Mimic answers this problem.","operation":{"method":"GET","path":"/things","operationId":"listThings"}}
            """)
    }

    @Test func a429GetsRetryAfterAndA503ItsDeclaredResponse() {
        let tooMany = Self.engine().respond("GET", "/things", headers: ["Prefer": "code=429"]).response
        #expect(tooMany.status == 429)
        #expect(tooMany.headers.values(for: "Retry-After") == ["1"])
        let down = Self.engine().respond("GET", "/things", headers: ["Prefer": "code=503"])
        #expect(down.forced == "code=503")
        #expect(down.response.rendered == """
            503
            Content-Type: application/json
            Retry-After: 30
            {"down":true}
            """)
    }

    @Test func otherUndeclaredCodesAreStillPrismsNotFound() {
        let result = Self.engine().respond("GET", "/things", headers: ["Prefer": "code=418"])
        #expect(result.response.status == 404)
        #expect(result.forced == nil)
    }

    @Test(arguments: HTTPFault.allCases)
    func aFaultMarksTheContractsAnswer(fault: HTTPFault) {
        let result = Self.engine().respond("GET", "/things", headers: ["Prefer": "fault=\(fault.rawValue)"])
        #expect(result.forced == "fault=\(fault.rawValue)")
        #expect(result.response.fault == fault)
        #expect(result.response.status == 200)
        #expect(String(decoding: result.response.body, as: UTF8.self) == #"[{"id":1}]"#)
    }

    @Test func anInvalidRequestGetsItsReportNotTheFailure() {
        let result = Self.engine(Disturbance(chaosRate: 1)).respond("GET", "/things?limit=many", headers: ["Prefer": "code=503, fault=reset"])
        #expect(result.response.status == 422)
        #expect(result.response.fault == nil)
        #expect(result.forced == nil)
        #expect(result.violations.count == 1)
    }

    @Test func preferDelayHoldsAnyAnswerInMillisecondsOrAsSpelled() {
        let engine = Self.engine()
        #expect(engine.respond("GET", "/things", headers: ["Prefer": "delay=200"]).response.delay == .milliseconds(200))
        #expect(engine.respond("GET", "/things", headers: ["Prefer": "delay=1.5s"]).response.delay == .milliseconds(1500))
        #expect(engine.respond("GET", "/nowhere", headers: ["Prefer": "delay=20ms"]).response.delay == .milliseconds(20))
        #expect(engine.respond("GET", "/things?limit=x", headers: ["Prefer": "delay=20ms"]).response.delay == .milliseconds(20))
        #expect(engine.respond("GET", "/things", headers: ["Prefer": "delay=61s"]).response.delay == .zero)
        #expect(engine.respond("GET", "/things").response.delay == .zero)
    }

    @Test func aDelayRangeIsPickedFromTheSeedAndTheRequest() {
        let range = DelayRange(lowerMilliseconds: 50, upperMilliseconds: 400)
        let delays = (0..<50).map { Self.engine(Disturbance(delay: range)).respond("GET", "/things?limit=\($0)").response.delay }
        let again = (0..<50).map { Self.engine(Disturbance(delay: range)).respond("GET", "/things?limit=\($0)").response.delay }
        let otherSeed = (0..<50).map { Self.engine(seed: 2, Disturbance(delay: range)).respond("GET", "/things?limit=\($0)").response.delay }
        #expect(delays == again)
        #expect(delays != otherSeed)
        #expect(delays.allSatisfy { (.milliseconds(50)...(.milliseconds(400))).contains($0) })
        #expect(Set(delays).count > 10)
        let asked = Self.engine(Disturbance(delay: range)).respond("GET", "/things", headers: ["Prefer": "delay=5"])
        #expect(asked.response.delay == .milliseconds(5))
    }

    @Test func chaosFailsTheSameShareOfRequestsForTheSameSeed() {
        func forced(seed: UInt64) -> [String?] {
            let engine = Self.engine(seed: seed, Disturbance(chaosRate: 0.25))
            return (0..<200).map { engine.respond("GET", "/things?limit=\($0)").forced }
        }
        let first = forced(seed: 7)
        #expect(first == forced(seed: 7))
        #expect(first != forced(seed: 8))
        let failed = first.compactMap { $0 }
        #expect((25...75).contains(failed.count))
        #expect(failed.allSatisfy { $0.hasPrefix("chaos code=") || $0.hasPrefix("chaos fault=") })
        #expect(Set(failed).count >= 8)
    }

    @Test func chaosAtOneFailsEveryValidRequestButThoseThatAskForACode() {
        let engine = Self.engine(Disturbance(chaosRate: 1))
        #expect((0..<20).allSatisfy { engine.respond("GET", "/things?limit=\($0)").forced != nil })
        #expect(engine.respond("GET", "/things", headers: ["Prefer": "code=200"]).forced == nil)
        #expect(engine.respond("GET", "/nowhere").forced == nil)
        let chosenStatus = (0..<40).lazy.map { engine.respond("GET", "/things?limit=\($0)") }.first { $0.response.fault == nil && $0.response.status == 500 }
        #expect(chosenStatus?.response.rendered == """
            500
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:failure-requested","title":"Failure requested","status":500,"detail":"Chaos chose status 500 for this request; GET /things does not declare it, so Mimic answers this problem.","operation":{"method":"GET","path":"/things","operationId":"listThings"}}
            """)
    }

    @Test func aForcedFailureIsJournaledAsSuchAndNotAsInvalid() {
        let journal = RequestJournal()
        let request = HTTPRequest(method: "GET", target: "/things", headers: ["Prefer": "fault=reset"])
        let entry = journal.record(request, answeredWith: Self.engine().respond(to: request), milliseconds: 0.5)
        #expect(journal.invalidCount == 0)
        #expect(!entry.isInvalid)
        #expect(entry.line == "GET /things 200 listThings 0.5ms (forced: fault=reset)")
        #expect(entry.json.serialized() == #"{"sequence":1,"method":"GET","target":"/things","status":200,"operation":{"method":"GET","path":"/things","operationId":"listThings"},"violations":[],"headers":[{"name":"Prefer","value":"fault=reset"}],"forced":"fault=reset"}"#)
    }

    @Test func preferReadsDelayAndFaultAndIgnoresWhatItCannotRead() {
        let read = PreferHeader(["Prefer": "delay=\"50ms-80ms\"; fault=RESET", "prefer": "delay=1"])
        #expect(read.delay == DelayRange(lowerMilliseconds: 50, upperMilliseconds: 80))
        #expect(read.fault == .reset)
        let unread = PreferHeader(["Prefer": "delay=soon, fault=explode"])
        #expect(unread.delay == nil)
        #expect(unread.fault == nil)
    }
}
