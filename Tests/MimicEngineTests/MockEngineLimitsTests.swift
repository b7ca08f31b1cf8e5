import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine

/// An operation whose schema once crashed the server or took it seconds and gigabytes to answer (issue 9).
@Suite struct MockEngineLimitsTests {
    @Test func anOperationAskingForHugeValuesAnswers200WithValuesAtTheLimits() throws {
        let engine = try MockEngine(contract: ContractFixture.openAPI(get: "/limits", schema: """
            type: object
            properties:
              zero: {type: integer, minimum: 0, maximum: 0, multipleOf: 1e19}
              text: {type: string, minLength: 1000000000}
              list: {type: array, minItems: 300000000, items: {type: integer}}
              map: {type: object, minProperties: 100000000, additionalProperties: {type: boolean}}
            """))
        let response = engine.respond("GET", "/limits").response
        #expect(response.status == 200)
        guard case .object(let members) = try JSONValue(parsingJSONText: response.body) else {
            Issue.record("the body is not an object")
            return
        }
        let sizes = members.map { member in
            switch member.value {
            case .string(let text): "\(member.key): \(text.count) characters"
            case .array(let items): "\(member.key): \(items.count) items"
            case .object(let inner): "\(member.key): \(inner.count) members"
            case .null, .bool, .integer, .number: "\(member.key): \(member.value.serialized())"
            }
        }
        #expect(sizes == ["zero: 0", "text: 4096 characters", "list: 100 items", "map: 100 members"])
    }
}
