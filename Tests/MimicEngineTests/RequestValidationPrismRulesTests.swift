import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// The rules Prism checks beyond values' schemas: `allowEmptyValue`, `allowReserved`, a body sent where none is
/// declared, and paths with an empty or percent-encoded segment.
@Suite struct RequestValidationPrismRulesTests {
    private static let contract = """
        openapi: 3.0.3
        info: {title: Fixture, version: "1"}
        paths:
          /search:
            get:
              parameters:
                - {name: q, in: query, schema: {type: string}}
                - {name: tag, in: query, allowEmptyValue: true, schema: {type: string}}
                - {name: next, in: query, allowReserved: false, schema: {type: string}}
                - {name: url, in: query, allowReserved: true, schema: {type: string}}
              responses: {'200': {description: OK}}
          /forms:
            post:
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {reserved: {type: string}, free: {type: string}, plain: {type: string}}}
                    encoding:
                      reserved: {allowReserved: false}
                      free: {allowReserved: true}
                  multipart/form-data:
                    schema: {type: object, properties: {reserved: {type: string}}}
                    encoding:
                      reserved: {contentType: text/plain}
              responses: {'200': {description: OK}}
          /ping:
            post:
              responses: {'200': {description: OK}}
          /path/{param}/foo:
            get:
              parameters:
                - {name: param, in: path, required: true, schema: {type: string}}
              responses: {'200': {description: OK}}
          /test path > with | unsafe % characters:
            get:
              responses: {'200': {description: OK}}
        """

    private static let swagger = """
        swagger: '2.0'
        info: {title: Fixture, version: "1"}
        paths:
          /path:
            post:
              consumes: [application/x-www-form-urlencoded, multipart/form-data]
              parameters:
                - {in: formData, name: id, type: string, allowEmptyValue: false}
                - {in: formData, name: note, type: string, allowEmptyValue: true}
              responses: {'200': {description: OK}}
        """

    private static let form: HTTPHeaders = ["Content-Type": "application/x-www-form-urlencoded"]

    @Test func anEmptyQueryValueIsRefusedUnlessAllowEmptyValueIsTrue() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/search?q=a&tag=") == "200")
        #expect(engine.respond("GET", "/search?q=").violations == [
            Violation(location: .query, name: "q", code: "empty-value", message: "the query parameter 'q' is empty, and the contract does not set allowEmptyValue: true"),
        ])
        #expect(engine.verdict("GET", "/search?q") == "422\nquery q empty-value ")
    }

    @Test func anEmptySwaggerFormFieldIsRefusedUnlessAllowEmptyValueIsTrue() throws {
        let engine = try MockEngine(contract: Self.swagger)
        #expect(engine.verdict("POST", "/path", headers: Self.form, body: "id=1&note=") == "200")
        #expect(engine.respond("POST", "/path", headers: Self.form, body: "id").violations == [
            Violation(location: .formData, name: "id", code: "empty-value", message: "the form field 'id' is empty, and the contract does not set allowEmptyValue: true"),
        ])
        let multipart: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=b"]
        let body = "--b\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n\r\n--b--\r\n"
        #expect(engine.verdict("POST", "/path", headers: multipart, body: body) == "422\nformData id empty-value ")
    }

    @Test func reservedCharactersAreRefusedWhereAllowReservedIsFalse() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("POST", "/forms", headers: Self.form, body: "reserved=%3A%2F&free=:/?&plain=a/b") == "200")
        #expect(engine.respond("POST", "/forms", headers: Self.form, body: "reserved=:/?#[]@!$&'()*+,;").violations == [
            Violation(
                location: .formData, name: "reserved", code: "reserved-characters",
                message: "the form field 'reserved' holds reserved characters (:/?#[]@!$&'()*+,;=) that are not percent-encoded, and its allowReserved is false"),
        ])
        let multipart: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=b"]
        let body = "--b\r\nContent-Disposition: form-data; name=\"reserved\"\r\n\r\na/b\r\n--b--\r\n"
        #expect(engine.verdict("POST", "/forms", headers: multipart, body: body) == "422\nformData reserved reserved-characters ")
        #expect(engine.verdict("GET", "/search?url=http://x/y&next=%2Fa") == "200")
        #expect(engine.verdict("GET", "/search?next=/a") == "422\nquery next reserved-characters ")
    }

    @Test func aBodySentWhereNoneIsDeclaredIs415() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("POST", "/ping") == "200")
        #expect(engine.verdict("POST", "/ping", headers: ["Content-Type": "text/plain"]) == "200")
        #expect(engine.respond("POST", "/ping", headers: ["Content-Type": "text/plain"], body: "empty").response.rendered == """
            415
            Content-Type: application/problem+json
            {"type":"urn:mimic:problem:unsupported-media-type","title":"Unsupported media type","status":415,"detail":"The request breaks the contract of POST /ping: 1 violation.","mode":"lenient","errors":[{"location":"body","name":"","pointer":"","code":"media-type","message":"POST /ping declares no request body; the request sends a text/plain body"}]}
            """)
        #expect(engine.respond("POST", "/ping", body: "x").violations.map(\.message) == ["POST /ping declares no request body; the request sends a body with no Content-Type"])
    }

    @Test func anEmptyPathSegmentLeavesItsParameterMissing() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/path/x/foo") == "200")
        #expect(engine.respond("GET", "/path//foo").violations == [
            Violation(location: .path, name: "param", code: "required", message: "the path parameter 'param' is required"),
        ])
    }

    @Test func aPercentEncodedPathReachesItsLiteralOperation() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/test%20path%20%3E%20with%20%7C%20unsafe%20%25%20characters") == "200")
    }
}
