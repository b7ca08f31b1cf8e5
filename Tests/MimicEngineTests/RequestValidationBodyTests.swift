import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

/// Bodies: media types, JSON syntax and schemas, forms, and credentials.
@Suite struct RequestValidationBodyTests {
    private static let contract = """
        openapi: 3.0.3
        info: {title: Fixture, version: "1"}
        paths:
          /things:
            post:
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name]
                      properties:
                        id: {type: integer, readOnly: true}
                        name: {type: string}
                        size: {type: integer}
                        tags: {type: array, items: {type: string}}
              responses:
                '201': {description: Created}
                '400': {description: Bad request}
          /forms:
            post:
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, required: [name], properties: {name: {type: string}, count: {type: integer}}}
                  multipart/form-data:
                    schema: {type: object, required: [name], properties: {name: {type: string}, count: {type: integer}}}
              responses:
                '200': {description: OK}
          /secret:
            get:
              security: [{bearer: []}, {key: []}]
              responses:
                '200': {description: OK}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            key: {type: apiKey, in: query, name: api_key}
        """
    /// The contract without its `400` response: refusals are then Mimic's own problems.
    private static let undeclaredRefusals = contract.replacingOccurrences(of: "'400': {description: Bad request}", with: "")
    private static let json: HTTPHeaders = ["Content-Type": "application/json; charset=utf-8"]

    @Test func aValidBodyIsAnswered() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: #"{"name":"a","size":2,"tags":["x"]}"#) == "201")
    }

    @Test func aBodyOfAnotherMediaTypeIs415() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.respond("POST", "/things", headers: ["Content-Type": "text/plain"], body: "name").response.rendered == """
            415
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:unsupported-media-type","title":"Unsupported media type","status":415,"detail":"The request breaks the contract of POST /things: 1 violation.","mode":"lenient","errors":[{"location":"header","name":"Content-Type","pointer":"","code":"media-type","message":"POST /things does not accept a text/plain body; it accepts application/json"}]}
            """)
        #expect(engine.verdict("POST", "/things", body: "{}") == "415\nheader Content-Type media-type ")
    }

    @Test func malformedJSONIs400NamingTheOffset() throws {
        let engine = try MockEngine(contract: Self.undeclaredRefusals)
        #expect(engine.respond("POST", "/things", headers: Self.json, body: #"{"name": "a",}"#).response.rendered == """
            400
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:malformed-json","title":"Malformed JSON","status":400,"detail":"The request breaks the contract of POST /things: 1 violation.","mode":"lenient","errors":[{"location":"body","name":"","pointer":"","code":"syntax","message":"the body is not JSON: at byte 13 (line 1, column 14), expected a string key in double quotes, found '}'"}]}
            """)
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: "nope") == "400\nbody  syntax ")
    }

    @Test func schemaFaultsUseTheDeclared400() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("POST", "/things", headers: Self.json) == "400\nbody  required ")
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: #"{"size":"big"}"#) == "400\nbody  required \nbody  type /size")
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: #"{"id":1,"name":"a"}"#) == "400\nbody  readOnly /id")
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: "[1]") == "400\nbody  type ")
    }

    @Test func aHugeBodyAndADeepOneAreRead() throws {
        let engine = try MockEngine(contract: Self.contract)
        let tags = Array(repeating: #""abcdefghijklmnopqrstuvwxyz""#, count: 370_000).joined(separator: ",")
        let huge = #"{"name":"a","tags":["# + tags + "]}"
        #expect(huge.utf8.count > 10_000_000)
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: huge) == "201")
        let deep = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
        #expect(engine.verdict("POST", "/things", headers: Self.json, body: deep) == "400\nbody  depth ")
    }

    @Test func aReportListsAtMostAHundredViolationsAndCountsTheRest() throws {
        let engine = try MockEngine(contract: Self.undeclaredRefusals)
        let body = #"{"name":"a","tags":["# + (0..<150).map(String.init).joined(separator: ",") + "]}"
        let result = engine.respond("POST", "/things", headers: Self.json, body: body)
        let errors = (0..<100).map { #"{"location":"body","name":"","pointer":"/tags/\#($0)","code":"type","message":"expected a string, found the integer \#($0)"}"# }
        #expect(result.response.rendered == """
            422
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of POST /things: 150 violations.","mode":"lenient","errors":[\(errors.joined(separator: ","))],"truncated":50}
            """)
        #expect(result.violations == (0..<100).map { Violation(location: .body, name: "", pointer: "/tags/\($0)", code: "type", message: "expected a string, found the integer \($0)") })
    }

    @Test func formFieldsAreChecked() throws {
        let engine = try MockEngine(contract: Self.contract)
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        #expect(engine.verdict("POST", "/forms", headers: form, body: "name=a+b&count=3") == "200")
        #expect(engine.verdict("POST", "/forms", headers: form, body: "count=three&extra=%4") == "422\nformData name required \nformData count type \nformData extra encoding ")
        let multipart: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=b"]
        let body = "--b\r\nContent-Disposition: form-data; name=\"count\"\r\n\r\nx\r\n--b--\r\n"
        #expect(engine.verdict("POST", "/forms", headers: multipart, body: body) == "422\nformData name required \nformData count type ")
        let strict = try MockEngine(contract: Self.contract, strict: true)
        #expect(strict.verdict("POST", "/forms", headers: form, body: "name=a&cuont=1") == "422\nformData cuont undeclared ")
    }

    @Test func strictModeNamesEachUndeclaredFieldOnceWithTheClosestDeclaredOne() throws {
        let strict = try MockEngine(contract: Self.contract, strict: true)
        let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]
        let result = strict.respond("POST", "/forms", headers: form, body: "name=a&cuont=1&nm=x&cuont=2&Name=b")
        #expect(result.violations == [
            Violation(location: .formData, name: "cuont", code: "undeclared", message: "'cuont' is not a declared form field; did you mean count?"),
            Violation(location: .formData, name: "nm", code: "undeclared", message: "'nm' is not a declared form field"),
            Violation(location: .formData, name: "Name", code: "undeclared", message: "'Name' is not a declared form field; did you mean name?"),
        ])
    }

    @Test func missingCredentialsAre401WithAChallenge() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.respond("GET", "/secret").response.rendered == """
            401
            Content-Type: application/problem+json
            WWW-Authenticate: Bearer realm="mimic"
            {"type":"urn:mimic:problem:unauthorized","title":"Unauthorized","status":401,"detail":"GET /secret requires credentials, and the request carries none.","mode":"lenient","errors":[{"location":"header","name":"Authorization","pointer":"","code":"credentials","message":"no credentials: the security scheme 'bearer' expects an Authorization header (Bearer)"},{"location":"query","name":"api_key","pointer":"","code":"credentials","message":"no credentials: the security scheme 'key' expects an API key in the query parameter 'api_key'"}]}
            """)
        #expect(engine.verdict("GET", "/secret", headers: ["Authorization": "Bearer anything"]) == "200")
        #expect(engine.verdict("GET", "/secret?api_key=k") == "200")
    }
}
