import Foundation
import MimicContracts
import MimicEngine
import MimicHTTPTypes
import MimicSchema
import MimicTestSupport
import Testing
@testable import Mimic

/// The requests `mimic verify` builds, and how it judges answers, without sockets.
@Suite struct ContractRequestBuilderTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: builder, version: '1'}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
            basic: {type: http, scheme: basic}
        paths:
          /orders/{id}:
            put:
              operationId: putOrder
              security: [{key: []}]
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer}, example: 42}
                - {name: state, in: query, required: true, schema: {type: string, enum: [placed, delivered]}}
                - {name: tags, in: query, schema: {type: array, items: {type: string}}, style: form, explode: false}
                - {name: limit, in: query, schema: {type: integer}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name]
                      properties:
                        id: {type: integer, readOnly: true}
                        name: {type: string, example: Ada}
                        count: {type: integer, example: 3}
              responses:
                '200': {description: OK}
                '400': {description: refused, content: {application/json: {schema: {type: object, required: [reason]}}}}
          /#Action=Stop:
            get:
              operationId: stop
              security: [{basic: []}]
              responses:
                '200': {description: OK}
        """

    static let contracts = try! ContractFixture.load(contract).contracts
    static let builder = ContractRequestBuilder(contracts: contracts, headers: ["X-Trace": "t"], credential: "secret")

    /// `METHOD target`, the header fields and the body of `request`, one per line.
    static func rendered(_ request: HTTPRequest) -> String {
        ([request.method + " " + request.target] + request.headers.map { "\($0.name): \($0.value)" } + [String(decoding: request.body, as: UTF8.self)])
            .joined(separator: "\n")
    }

    @Test func theConformingRequestHasTheRequiredPartsExamplesCredentialsAndNoReadOnlyProperty() {
        let request = Self.builder.conformingRequest(for: Self.contracts.operation("PUT", "/orders/{id}"))
        #expect(request.expectation == .conforming)
        #expect(Self.rendered(request.request) == """
            PUT /orders/42?state=placed
            Content-Type: application/json
            X-Key: secret
            X-Trace: t
            {"name":"Ada","count":3}
            """)
        #expect(Self.builder.conformingRequest(for: Self.contracts.operation("PUT", "/orders/{id}")).request == request.request, "deterministic")
    }

    @Test func aLiteralSegmentIsPercentEncodedAndABasicCredentialWithoutAColonIsTheUserName() {
        let request = Self.builder.conformingRequest(for: Self.contracts.operation("GET", "/#Action=Stop")).request
        #expect(request.target == "/%23Action=Stop")
        #expect(request.headers["Authorization"] == "Basic " + Data("secret:".utf8).base64EncodedString())
    }

    @Test func negativeRequestsBreakOneRuleEach() {
        let refused = Self.builder.refusedRequests(for: Self.contracts.operation("PUT", "/orders/{id}"))
        #expect(refused.map { "\($0.expectation) \($0.request.target) \(String(decoding: $0.request.body, as: UTF8.self))" } == [
            #"refusal(rule: "query state: a required parameter left out") /orders/42 {"name":"Ada","count":3}"#,
            #"refusal(rule: "query state: a value outside its enum") /orders/42?state=mimic-not-a-member {"name":"Ada","count":3}"#,
            #"refusal(rule: "path id: \"not-a-number\" where an integer is declared") /orders/not-a-number?state=placed {"name":"Ada","count":3}"#,
            #"refusal(rule: "body /name: a required property left out") /orders/42?state=placed {"count":3}"#,
            #"refusal(rule: "body /count: \"not-a-number\" where an integer is declared") /orders/42?state=placed {"name":"Ada","count":"not-a-number"}"#,
        ])
    }

    @Test func aNegativeRequestMustBeRefusedAndADeclaredRefusalMustKeepItsDeclaration() {
        let verifier = ContractVerifier(contracts: Self.contracts, builder: Self.builder)
        let negative = Self.builder.refusedRequests(for: Self.contracts.operation("PUT", "/orders/{id}"))[0]
        #expect(verifier.check(negative, answer: HTTPResponse(status: 422, text: "no")).outcome == .passed, "an undeclared 4xx is a refusal")
        #expect(verifier.check(negative, answer: HTTPResponse(status: 200)).line
            == #"FAIL PUT /orders/42 → 200 (negative: query state: a required parameter left out): response.status: the request breaks a rule of the contract, and was answered 200 rather than a 4xx [not-refused]"#)
        #expect(verifier.check(negative, answer: HTTPResponse(status: 400, json: "{}")).line
            == #"FAIL PUT /orders/42 → 400 (negative: query state: a required parameter left out): response.body: required property "reason" is missing [required]"#)
    }

    @Test func aGeneratedBodyNamesItsAlternativeAndLeavesOutAnOptionalPropertyNoValueCanKeep() throws {
        let contracts = try ContractFixture.load("""
            openapi: 3.0.3
            info: {title: alternatives, version: '1'}
            components:
              schemas:
                Pet: {type: object, required: [pet_type], properties: {pet_type: {type: string}}, discriminator: {propertyName: pet_type}}
                Cat: {allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {hunts: {type: boolean, example: true}}}]}
                Dog: {allOf: [{$ref: '#/components/schemas/Pet'}, {type: object, properties: {bark: {type: boolean}}}]}
                A: {type: object, properties: {a: {type: string, example: x}}}
                B: {type: object, properties: {b: {type: string}}}
            paths:
              /pets:
                patch:
                  requestBody:
                    content:
                      application/json:
                        schema: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
                  responses: {'200': {description: OK}}
              /configs:
                patch:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string, example: n}
                            config: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}
                  responses: {'200': {description: OK}}
            """).contracts
        let builder = ContractRequestBuilder(contracts: contracts)
        let pets = builder.conformingRequest(for: contracts.operation("PATCH", "/pets")).request
        #expect(String(decoding: pets.body, as: UTF8.self) == #"{"pet_type":"Cat","hunts":true}"#)
        let configs = builder.conformingRequest(for: contracts.operation("PATCH", "/configs")).request
        #expect(String(decoding: configs.body, as: UTF8.self) == #"{"name":"n"}"#, "every object matches both open alternatives of config")
        let validator = SchemaValidator(schemas: contracts.schemas)
        for (request, path) in [(pets, "/pets"), (configs, "/configs")] {
            let schema = try #require(contracts.operation("PATCH", path).requestBody?.contents.first?.schema)
            #expect(validator.violations(of: try JSONValue(parsingJSONText: request.body), against: schema).isEmpty, "\(path) keeps its schema")
        }
    }

    @Test func writesAreSkippedAndTheLimitCountsWhatWasNotSent() {
        let reading = ContractVerifier(contracts: Self.contracts, builder: Self.builder, selection: .init(negative: true))
        let plan = reading.plan()
        #expect(plan.requests.map(\.request.target) == ["/%23Action=Stop"])
        #expect(plan.skipped.map(\.operationId) == ["putOrder"])
        let bounded = ContractVerifier(contracts: Self.contracts, builder: Self.builder, selection: .init(allowWrites: true, negative: true, maxRequests: 2)).plan()
        #expect(bounded.requests.count == 2 && bounded.notSent == 5)
        let tagged = ContractVerifier(contracts: Self.contracts, builder: Self.builder, selection: .init(operationIDs: ["stop"])).plan()
        #expect(tagged.requests.map(\.operation.operationId) == ["stop"])
    }
}
