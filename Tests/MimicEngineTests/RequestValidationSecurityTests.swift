import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// Credentials as each security scheme says: the kind of credential matters (not its value), and the wrong kind
/// is refused as a missing one is.
@Suite struct RequestValidationSecurityTests {
    private static let contract = """
        openapi: 3.0.3
        info: {title: Fixture, version: "1"}
        paths:
          /bearer:
            get:
              security: [{bearer: []}]
              responses: {'200': {description: OK}}
          /basic:
            get:
              security: [{basic: []}]
              responses: {'200': {description: OK}}
          /digest:
            get:
              security: [{digest: []}]
              responses: {'200': {description: OK}}
          /oauth:
            get:
              security: [{oauth: [read]}, {openid: []}]
              responses: {'200': {description: OK}}
          /keys:
            get:
              security: [{header: [], cookie: []}]
              responses: {'200': {description: OK}}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            basic: {type: http, scheme: basic}
            digest: {type: http, scheme: digest}
            oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: /token, scopes: {read: Read}}}}
            openid: {type: openIdConnect, openIdConnectUrl: /.well-known/openid-configuration}
            header: {type: apiKey, in: header, name: X-API-Key}
            cookie: {type: apiKey, in: cookie, name: session}
        """

    private func messages(_ engine: MockEngine, _ path: String, headers: HTTPHeaders) -> [String] {
        engine.respond("GET", path, headers: headers).violations.map(\.message)
    }

    @Test func bearerNeedsABearerToken() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/bearer", headers: ["Authorization": "Bearer abc123"]) == "200")
        #expect(engine.verdict("GET", "/bearer", headers: ["Authorization": "bearer abc123"]) == "200")
        #expect(messages(engine, "/bearer", headers: ["Authorization": "Basic dGVzdDp0ZXN0"])
            == ["the security scheme 'bearer' expects an Authorization header with Bearer credentials; got Basic credentials"])
        #expect(messages(engine, "/bearer", headers: ["Authorization": "Bearer"])
            == ["the security scheme 'bearer' expects an Authorization header with Bearer credentials; got Bearer with no credentials"])
        #expect(messages(engine, "/bearer", headers: [:])
            == ["no credentials: the security scheme 'bearer' expects an Authorization header with Bearer credentials"])
    }

    @Test func basicNeedsTheBase64OfUserColonPassword() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/basic", headers: ["Authorization": "Basic dGVzdDp0ZXN0"]) == "200")
        let notBase64 = "the security scheme 'basic' expects an Authorization header with Basic credentials; got Basic credentials that are not the base64 of user:password"
        #expect(messages(engine, "/basic", headers: ["Authorization": "Basic abc123"]) == [notBase64])
        #expect(messages(engine, "/basic", headers: ["Authorization": "Basic dGVzdA=="]) == [notBase64])
        #expect(messages(engine, "/basic", headers: ["Authorization": "Bearer abc123"])
            == ["the security scheme 'basic' expects an Authorization header with Basic credentials; got Bearer credentials"])
    }

    @Test func otherHTTPSchemesNeedTheirOwnWord() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/digest", headers: ["Authorization": "Digest username=\"u\", response=\"r\""]) == "200")
        #expect(messages(engine, "/digest", headers: ["Authorization": "Bearer abc123"])
            == ["the security scheme 'digest' expects an Authorization header with Digest credentials; got Bearer credentials"])
    }

    @Test func oauth2AndOpenIDConnectNeedABearerToken() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/oauth", headers: ["Authorization": "Bearer abc123"]) == "200")
        #expect(engine.respond("GET", "/oauth", headers: ["Authorization": "Digest abc123"]).response.rendered == """
            401
            Content-Type: application/problem+json
            WWW-Authenticate: Bearer realm="mimic"
            {"type":"urn:mimic:problem:unauthorized","title":"Unauthorized","status":401,"detail":"GET /oauth requires credentials, and the request carries none it accepts.","mode":"lenient","errors":[{"location":"header","name":"Authorization","pointer":"","code":"credentials","message":"the security scheme 'oauth' expects an Authorization header with Bearer credentials; got Digest credentials"},{"location":"header","name":"Authorization","pointer":"","code":"credentials","message":"the security scheme 'openid' expects an Authorization header with Bearer credentials; got Digest credentials"}]}
            """)
    }

    @Test func apiKeysAreLookedForWhereDeclaredAndEverySchemeOfAnAlternativeIsNeeded() throws {
        let engine = try MockEngine(contract: Self.contract)
        #expect(engine.verdict("GET", "/keys", headers: ["X-API-Key": "k", "Cookie": "session=s"]) == "200")
        #expect(engine.verdict("GET", "/keys?X-API-Key=k", headers: ["Cookie": "session=s"]) == "401\nheader X-API-Key credentials ")
        #expect(messages(engine, "/keys", headers: ["X-API-Key": "k"])
            == ["no credentials: the security scheme 'cookie' expects an API key in the cookie 'session'"])
    }
}
