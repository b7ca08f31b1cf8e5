@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// The CORS fields of an answer and of a preflight, without sockets.
@Suite struct CORSFieldsTests {
    @Test func aPreflightIsAllowedTheDeclaredMethodsAndTheRequestedHeaders() {
        let request = HTTPRequest(method: "OPTIONS", target: "/things", headers: [
            "Origin": "http://localhost:8000", "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": "content-type, x-trace",
        ])
        #expect(CORSFields.isPreflight(request))
        #expect(CORSFields.preflight(request, origin: "http://localhost:8000", methods: ["GET", "PUT"]).rendered == """
            204
            Access-Control-Allow-Origin: http://localhost:8000
            Access-Control-Allow-Credentials: true
            Vary: Origin
            Access-Control-Allow-Methods: GET, PUT, HEAD
            Access-Control-Allow-Headers: content-type, x-trace
            Access-Control-Max-Age: 600

            """)
    }

    @Test func anOptionsRequestWithoutARequestMethodIsNoPreflight() {
        #expect(!CORSFields.isPreflight(HTTPRequest(method: "OPTIONS", target: "/things", headers: ["Origin": "http://a.test"])))
        #expect(!CORSFields.isPreflight(HTTPRequest(method: "GET", target: "/things", headers: ["Access-Control-Request-Method": "GET"])))
    }

    @Test func anAnswerExposesItsOwnFieldsOnce() {
        let response = HTTPResponse(status: 201, headers: ["Content-Type": "application/json", "Location": "/things/1", "Link": "</a>", "link": "</b>"], body: Array("{}".utf8))
        #expect(CORSFields.exposing(response, to: "null").rendered == """
            201
            Content-Type: application/json
            Location: /things/1
            Link: </a>
            link: </b>
            Access-Control-Allow-Origin: null
            Access-Control-Allow-Credentials: true
            Vary: Origin
            Access-Control-Expose-Headers: Content-Type, Location, Link
            {}
            """)
        #expect(!CORSFields.exposing(HTTPResponse(status: 204), to: "http://a.test").headers.contains("Access-Control-Expose-Headers"))
    }
}
