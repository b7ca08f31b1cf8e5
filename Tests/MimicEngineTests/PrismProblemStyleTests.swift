import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// `ProblemStyle.prism` (`mimic mock`'s default): Mimic's own problems worded as Prism words them, byte for byte as
/// Prism's end-to-end suite expects them, and `sl-violations` in Prism's shape.
@Suite struct PrismProblemStyleTests {
    static let contract = """
        openapi: 3.0.3
        info: {title: prism, version: '1'}
        paths:
          /path:
            post:
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      additionalProperties: false
                      required: [id]
                      properties:
                        id: {type: integer, minimum: 100, exclusiveMinimum: true}
                        status: {type: string, enum: [open, close]}
                        code: {type: string, pattern: '^[a-z]+$', minLength: 2}
              responses:
                '200': {description: OK}
          /recipes:
            get:
              parameters:
                - {name: pagination, in: query, style: form, explode: true,
                   schema: {type: object, properties: {offset: {type: integer}, limit: {type: integer}}}}
                - {name: Age, in: query, schema: {type: integer}}
                - {name: next, in: query, allowReserved: false, schema: {type: string}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object}
                      examples:
                        first: {value: 123}
          /search:
            get:
              parameters:
                - {name: Term, in: query, required: true, schema: {type: string}}
              responses:
                '200': {description: OK}
          /secured:
            get:
              security: [{bearer: []}, {basic: []}]
              responses:
                '200': {description: OK}
          /keyed:
            get:
              security: [{key: []}]
              responses:
                '200': {description: OK}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            basic: {type: http, scheme: basic}
            key: {type: apiKey, in: header, name: X-API-Key}
        """

    static let prism = try! MockEngine(contract: contract, problems: .prism)

    @Test func aBodyThatBreaksItsSchemaIsRefusedWithPrismsValidationList() {
        let result = Self.prism.respond("POST", "/path", headers: ["Content-Type": "application/json"], body: #"{"status":"ooopsie!","code":"A"}"#)
        #expect(result.response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY","title":"Invalid request","status":422,"detail":"Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.","validation":[{"location":["body"],"severity":"Error","code":"required","message":"Request body must have required property 'id'"},{"location":["body","status"],"severity":"Error","code":"enum","message":"Request body property status must be equal to one of the allowed values: open, close"},{"location":["body","code"],"severity":"Error","code":"minLength","message":"Request body property code must NOT have fewer than 2 characters"},{"location":["body","code"],"severity":"Error","code":"pattern","message":"Request body property code must match pattern \\"^[a-z]+$\\""}]}
            """)
    }

    @Test func exclusiveBoundsAreNamedAsAjvNamesThem() {
        let body = String(decoding: Self.prism.respond("POST", "/path", headers: ["Content-Type": "application/json"], body: #"{"id":100}"#).response.body, as: UTF8.self)
        #expect(body.hasSuffix(#""validation":[{"location":["body","id"],"severity":"Error","code":"exclusiveMinimum","message":"Request body property id must be > 100"}]}"#))
    }

    @Test func anUndeclaredMemberIsPlacedAtItsObjectAsAjvPlacesIt() {
        let body = String(decoding: Self.prism.respond("POST", "/path", headers: ["Content-Type": "application/json"], body: #"{"id":101,"extra":1}"#).response.body, as: UTF8.self)
        #expect(body.hasSuffix(#""validation":[{"location":["body"],"severity":"Error","code":"additionalProperties","message":"Request body must NOT have additional properties; found 'extra'"}]}"#))
    }

    @Test func queryParametersAreNamedInLowerCaseAndObjectMembersInDeclaredOrder() {
        let body = String(decoding: Self.prism.respond("GET", "/recipes?limit=x&offset=y&Age=old").response.body, as: UTF8.self)
        #expect(body.hasSuffix(#""validation":[{"location":["query","pagination","offset"],"severity":"Error","code":"type","message":"Request query parameter pagination.offset must be integer"},{"location":["query","pagination","limit"],"severity":"Error","code":"type","message":"Request query parameter pagination.limit must be integer"},{"location":["query","age"],"severity":"Error","code":"type","message":"Request query parameter age must be integer"}]}"#))
        let missing = String(decoding: Self.prism.respond("GET", "/search").response.body, as: UTF8.self)
        #expect(missing.hasSuffix(#""validation":[{"location":["query"],"severity":"Error","code":"required","message":"Request query must have required property 'term'"}]}"#))
    }

    @Test func emptyValuesReservedCharactersAndAMissingBodyAreWordedAsPrismWordsThem() {
        let body = String(decoding: Self.prism.respond("GET", "/recipes?Age=&next=a/b").response.body, as: UTF8.self)
        #expect(body.hasSuffix(#""validation":[{"location":["query","age"],"severity":"Error","code":"minLength","message":"Request query parameter age must NOT have fewer than 1 characters"},{"location":["query","next"],"severity":"Error","message":"Reserved characters used in request query"}]}"#))
        let missing = String(decoding: Self.prism.respond("POST", "/path").response.body, as: UTF8.self)
        #expect(missing.hasSuffix(#""validation":[{"location":["body"],"severity":"Error","code":"required","message":"Body parameter is required"}]}"#))
    }

    @Test func aRuleAjvHasNoWordsForKeepsMimicsMessageAfterPrismsPlace() {
        #expect(Self.prism.respond("POST", "/path", headers: ["Content-Type": "application/json"], body: "{bad").response.rendered == """
            400
            Content-Type: application/problem+json
            {"type":"https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY","title":"Invalid request","status":400,"detail":"Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.","validation":[{"location":["body"],"severity":"Error","code":"syntax","message":"Request body: the body is not JSON: at byte 1 (line 1, column 2), expected a string key in double quotes, found 'b'"}]}
            """)
    }

    @Test func missingCredentialsListPrismsChallengesInTheBodyAndInWWWAuthenticate() {
        #expect(Self.prism.respond("GET", "/secured", headers: ["Authorization": "Digest abc"]).response.rendered == """
            401
            Content-Type: application/problem+json
            WWW-Authenticate: Bearer,Basic realm="*"
            {"type":"https://stoplight.io/prism/errors#UNAUTHORIZED","title":"Invalid security scheme used","status":401,"detail":"Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you.","headers":{"WWW-Authenticate":"Bearer,Basic realm=\\"*\\""}}
            """)
        // Basic credentials that are not base64 of user:password, or an API key: Prism lists no challenge.
        #expect(Self.prism.respond("GET", "/keyed").response.rendered == """
            401
            Content-Type: application/problem+json
            {"type":"https://stoplight.io/prism/errors#UNAUTHORIZED","title":"Invalid security scheme used","status":401,"detail":"Your request does not fullfil the security requirements and no HTTP unauthorized response was found in the spec, so Prism is generating this error for you."}
            """)
    }

    @Test func aBodyOfAnotherMediaTypeIs415NamingTheAcceptedOnes() {
        let result = Self.prism.respond("POST", "/path", headers: ["Content-Type": "text/plain"], body: "id=1")
        #expect(result.response.rendered == """
            415
            Content-Type: application/problem+json
            {"type":"https://stoplight.io/prism/errors#INVALID_CONTENT_TYPE","title":"Invalid content type","status":415,"detail":"Supported content types: application/json"}
            """)
    }

    @Test func choicesTheContractCannotMeetAreWordedAsPrismWordsThem() {
        #expect(Self.prism.body("GET", "/recipes", headers: ["Prefer": "code=304"])
            == #"{"type":"https://stoplight.io/prism/errors#NOT_FOUND","title":"The server cannot find the requested content","status":404,"detail":"Requested status code 304 is not defined in the document."}"#)
        #expect(Self.prism.body("GET", "/recipes", headers: ["Prefer": "example=none"])
            == #"{"type":"https://stoplight.io/prism/errors#NOT_FOUND","title":"The server cannot find the requested content","status":404,"detail":"Response for contentType: application/json and exampleKey: none does not exist."}"#)
        #expect(Self.prism.body("GET", "/recipes", headers: ["Accept": "text/csv"])
            == #"{"type":"https://stoplight.io/prism/errors#NOT_ACCEPTABLE","title":"The server cannot produce a representation for your accept header","status":406,"detail":"Unable to find content for text/csv"}"#)
        #expect(Self.prism.body("GET", "/nowhere")
            == #"{"type":"https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR","title":"Route not resolved, no path matched","status":404,"detail":"The route /nowhere hasn't been found in the specification file"}"#)
        #expect(Self.prism.body("DELETE", "/path")
            == #"{"type":"https://stoplight.io/prism/errors#NO_METHOD_MATCHED_ERROR","title":"Route resolved, but no method matched","status":405,"detail":"The route /path has been matched, but it does not have \"delete\" method defined"}"#)
    }

    @Test func anExampleThatBreaksItsSchemaIsAnsweredWithItsViolationsInSlViolations() throws {
        #expect(Self.prism.respond("GET", "/recipes").response.rendered == """
            200
            Content-Type: application/json
            sl-violations: [{"location":["response","body"],"severity":"Error","code":"type","message":"Response body must be object"}]
            123
            """)
        let mimic = try MockEngine(contract: Self.contract)
        #expect(mimic.respond("GET", "/recipes").response.headers["sl-violations"] == nil, "Mimic's style answers the example unchanged")
    }

    @Test func withErrorsSuchAnExampleIsPrismsViolationsProblem() throws {
        let errors = try MockEngine(contract: Self.contract, errors: true, problems: .prism)
        #expect(errors.respond("GET", "/recipes").response.rendered == """
            500
            Content-Type: application/problem+json
            sl-violations: [{"location":["response","body"],"severity":"Error","code":"type","message":"Response body must be object"}]
            {"type":"https://stoplight.io/prism/errors#VIOLATIONS","title":"Request/Response not valid","status":500,"detail":"Your request/response is not valid and the --errors flag is set, so Prism is generating this error for you.","validation":[{"location":["response","body"],"severity":"Error","code":"type","message":"Response body must be object"}]}
            """)
    }

    @Test func aForcedFailureHasNoPrismWordsAndStaysMimics() {
        #expect(Self.prism.body("GET", "/recipes", headers: ["Prefer": "code=503"])
            == #"{"type":"urn:mimic:problem:failure-requested","title":"Failure requested","status":503,"detail":"Prefer asks for status 503; GET /recipes does not declare it, so Mimic answers this problem.","operation":{"method":"GET","path":"/recipes","operationId":null}}"#)
    }

    /// A refusal answered with the contract's own 422: `Prefer`'s example counts only when `Prefer` asks for 422.
    static let declaredRefusal = """
        openapi: 3.0.3
        info: {title: refusal, version: '1'}
        paths:
          /test:
            post:
              requestBody:
                content:
                  application/json:
                    schema: {type: object, required: [test], properties: {test: {type: string}}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      examples:
                        200-test: {value: {name: 200-test}}
                '422':
                  description: Invalid
                  content:
                    application/json:
                      examples:
                        422-test: {value: {name: 422-test}}
        """

    @Test func aRefusalIgnoresAnExampleAskedForAnotherStatusAndIs404ForAMissingOneOfItsOwn() throws {
        let engine = try MockEngine(contract: Self.declaredRefusal, problems: .prism)
        #expect(engine.respond("POST", "/test", headers: ["Content-Type": "application/json", "Prefer": "code=200, example=200-test"], body: "{}").response.rendered == """
            422
            Content-Type: application/json
            sl-violations: [{"location":["request","body"],"severity":"Error","code":"required","message":"Request body must have required property 'test'"}]
            {"name":"422-test"}
            """)
        #expect(engine.respond("POST", "/test", headers: ["Content-Type": "application/json", "Prefer": "code=422, example=missing"], body: "{}").response.rendered == """
            404
            Content-Type: application/problem+json
            {"type":"https://stoplight.io/prism/errors#NOT_FOUND","title":"The server cannot find the requested content","status":404,"detail":"Response for contentType: application/json and exampleKey: missing does not exist."}
            """)
    }
}
