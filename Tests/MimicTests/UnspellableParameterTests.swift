import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import Mimic

/// Parameters outside the body whose values OpenAPI gives no way to write (an array of objects, an object holding
/// objects): `mimic verify` leaves out the members it may, and reports an operation that requires one as not
/// testable rather than sending JSON a server must refuse. Without sockets.
@Suite struct UnspellableParameterTests {
    static let contracts = try! ContractFixture.load("""
        openapi: 3.0.3
        info: {title: unspellable, version: '1'}
        paths:
          /tags:
            get:
              operationId: tags
              parameters:
                - {name: Tag, in: query, required: true, schema: {type: array, items: {type: object, properties: {Key: {type: string, example: a}}}}}
              responses: {'200': {description: OK}}
          /storage:
            get:
              operationId: storage
              parameters:
                - {name: Storage, in: query, required: true, schema: {type: object, properties: {S3: {type: object, properties: {Bucket: {type: string}}}}}}
              responses: {'200': {description: OK}}
          /needs:
            get:
              operationId: needs
              parameters:
                - {name: Range, in: query, required: true, schema: {type: object, required: [Days], properties: {Days: {type: array, items: {type: integer}}, Unit: {type: string, enum: [day]}}}}
              responses: {'200': {description: OK}}
          /window:
            get:
              operationId: window
              parameters:
                - name: Window
                  in: query
                  required: true
                  schema: {type: object, properties: {Unit: {type: string, enum: [day]}, Days: {type: array, items: {type: integer}}, Origin: {type: object}}}
                - {name: Filter, in: query, schema: {type: array, items: {type: object}}}
              responses: {'200': {description: OK}}
        """).contracts
    static let builder = ContractRequestBuilder(contracts: contracts)

    @Test func aRequiredArrayOfObjectsOrAnObjectOfOnlyObjectsMakesTheOperationUntestable() {
        #expect(Self.builder.untestableReason(for: Self.contracts.operation("GET", "/tags"))
            == "query Tag is an array of objects or arrays, which OpenAPI gives no way to write outside a body")
        #expect(Self.builder.untestableReason(for: Self.contracts.operation("GET", "/storage"))
            == "query Storage has only members that are objects or arrays, which OpenAPI gives no way to write outside a body")
        #expect(Self.builder.untestableReason(for: Self.contracts.operation("GET", "/needs"))
            == "query Range requires the member Days, an object or an array, which OpenAPI gives no way to write outside a body")
    }

    @Test func anObjectKeepsItsScalarMembersAndLeavesOutTheNestedOptionalOnes() {
        let window = Self.contracts.operation("GET", "/window")
        #expect(Self.builder.untestableReason(for: window) == nil)
        #expect(Self.builder.conformingRequest(for: window).request.target == "/window?Unit=day", "exploded form: one pair per scalar member; the optional array of objects not sent")
    }

    @Test func untestableOperationsAreListedNotSentAndNotFailures() {
        let verifier = ContractVerifier(contracts: Self.contracts, builder: Self.builder)
        let plan = verifier.plan()
        #expect(plan.requests.map(\.operation.operationId) == ["window"])
        #expect(plan.untestable.map(\.line) == [
            "UNTESTABLE GET /needs: query Range requires the member Days, an object or an array, which OpenAPI gives no way to write outside a body",
            "UNTESTABLE GET /storage: query Storage has only members that are objects or arrays, which OpenAPI gives no way to write outside a body",
            "UNTESTABLE GET /tags: query Tag is an array of objects or arrays, which OpenAPI gives no way to write outside a body",
        ])
        let report = verifier.run(against: "http://127.0.0.1:1", sending: { _ in HTTPResponse(status: 200) })
        #expect(report.keepsContract)
        #expect(report.summary == "1 exchange: 1 passed, 0 failed, 0 errors; 3 operations not testable (a required parameter OpenAPI gives no way to write)")
        #expect(report.junitXML.contains(#"<testsuites name="mimic verify" tests="4" failures="0" skipped="3" errors="0">"#))
        #expect(report.junitXML.contains(#"<testcase name="GET /tags" classname="GET /tags">"# + "\n" + #"      <skipped message="query Tag is an array of objects or arrays, which OpenAPI gives no way to write outside a body"/>"#))
        #expect(report.json["totals"]?["untestable"] == .integer(3))
        guard case .array(let listed) = report.json["untestable"] else { Issue.record("no untestable list"); return }
        #expect(listed.last?.serialized() == #"{"operation":{"method":"GET","path":"/tags","operationId":"tags"},"reason":"query Tag is an array of objects or arrays, which OpenAPI gives no way to write outside a body"}"#)
    }
}
