import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Synchronization
import Testing
@testable import MimicEngine

/// `MockEngine.proxy`, without sockets, on the response validator's contract: the transport is a closure standing
/// for the real server.
@Suite struct MockEngineProxyTests {
    static let engine = try! MockEngine(contract: ResponseValidatorTests.contract)
    static let erroringEngine = try! MockEngine(contract: ResponseValidatorTests.contract, errors: true)

    /// The requests the stand-in server received, and its answer to each.
    final class Upstream: Sendable {
        let received = Mutex<[HTTPRequest]>([])
        let answer: Result<HTTPResponse, UpstreamFailure>

        init(_ answer: Result<HTTPResponse, UpstreamFailure>) {
            self.answer = answer
        }

        /// Answers `json`, with the rate limit the contract requires.
        init(status: Int = 200, json: String, contentType: String = "application/json") {
            answer = .success(HTTPResponse(status: status, json: json, contentType: contentType, headers: ["X-Rate-Limit": "10"]))
        }

        func forward(_ request: HTTPRequest) -> Result<HTTPResponse, UpstreamFailure> {
            received.withLock { $0.append(request) }
            return answer
        }
    }

    private func text(_ response: HTTPResponse) -> String {
        String(decoding: response.body, as: UTF8.self)
    }

    @Test func passesAValidExchangeOnUntouchedWithNoViolations() {
        let upstream = Upstream(json: #"{"id":7,"state":"placed"}"#)
        let request = HTTPRequest(method: "GET", target: "/orders/7?x=1", headers: ["Prefer": "code=500", "Accept": "application/json"])
        let result = Self.engine.proxy(request, forward: upstream.forward)
        #expect(upstream.received.withLock { $0 } == [request])
        #expect(result.response == HTTPResponse(status: 200, json: #"{"id":7,"state":"placed"}"#, headers: ["X-Rate-Limit": "10"]))
        #expect(result.violations.isEmpty)
        #expect(result.operation.map { "\($0.method) \($0.path)" } == "GET /orders/{id}")
    }

    @Test func forwardsAnInvalidRequestAndListsItsViolationsInSLViolations() {
        let upstream = Upstream(status: 400, json: #"{"title":"bad id"}"#, contentType: "application/problem+json")
        let result = Self.engine.proxy(HTTPRequest(method: "GET", target: "/orders/seven"), forward: upstream.forward)
        #expect(upstream.received.withLock { $0.count } == 1)
        #expect(result.response.status == 400)
        #expect(result.violations.map(\.description) == [#"path id: expected an integer (int64), found "seven""#])
        #expect(result.response.headers["sl-violations"]
            == #"[{"location":"path","name":"id","pointer":"","code":"type","message":"expected an integer (int64), found \"seven\""}]"#)
    }

    @Test func checksTheAnswerAndReportsEachViolationWithItsLocation() {
        let upstream = Upstream(json: #"{"state":"lost"}"#)
        let result = Self.engine.proxy(HTTPRequest(method: "GET", target: "/orders/7"), forward: upstream.forward)
        #expect(result.response.status == 200)
        #expect(result.violations.isEmpty)
        #expect(result.responseViolations.map(\.location.rawValue) == ["response.body", "response.body"])
        #expect(result.responseViolations.map(\.code.rawValue) == ["required", "enum"])
        #expect(result.response.headers["sl-violations"] == Self.engine.violationsField(result.responseViolations, of: .response))
    }

    @Test func reportsAnUndeclaredStatusExceptA4xxAnsweringAnInvalidRequest() {
        let unavailable = Upstream(status: 503, json: "{}")
        let valid = Self.engine.proxy(HTTPRequest(method: "GET", target: "/orders/7"), forward: unavailable.forward)
        #expect(valid.responseViolations.map(\.description) == ["response.status: GET /orders/{id} declares no 503 response; it declares 200, 4XX"])
        let unsupported = Upstream(.success(HTTPResponse(status: 415)))
        let invalid = Self.engine.proxy(
            HTTPRequest(method: "DELETE", target: "/bare", headers: ["Content-Type": "text/plain"], body: Array("x".utf8)), forward: unsupported.forward)
        #expect(invalid.violations.map(\.location) == [.body])
        #expect(invalid.responseViolations.isEmpty)
    }

    @Test func forwardsARequestToAnUndeclaredPathWithItsOneViolationAndChecksNoAnswer() {
        let upstream = Upstream(status: 404, json: "{}")
        let result = Self.engine.proxy(HTTPRequest(method: "GET", target: "/invoices/1"), forward: upstream.forward)
        #expect(upstream.received.withLock { $0.count } == 1)
        #expect(result.response.status == 404)
        #expect(result.operation == nil)
        #expect(result.violations.map(\.description) == ["path: No operation is declared for GET /invoices/1."])
    }

    @Test func withErrorsRefusesAnInvalidRequestWith422WithoutForwardingIt() {
        let upstream = Upstream(json: "{}")
        let result = Self.erroringEngine.proxy(HTTPRequest(method: "GET", target: "/orders/seven"), forward: upstream.forward)
        #expect(upstream.received.withLock { $0.isEmpty })
        #expect(result.response.status == 422)
        #expect(text(result.response) == #"{"type":"urn:mimic:problem:request-invalid","title":"Request invalid","status":422,"detail":"The request breaks the contract of GET /orders/{id}: 1 violation.","mode":"lenient","errors":[{"location":"path","name":"id","pointer":"","code":"type","message":"expected an integer (int64), found \"seven\""}]}"#)
    }

    @Test func withErrorsReplacesAnAnswerThatBreaksTheContractWithA502Problem() {
        let upstream = Upstream(json: #"{"id":7,"state":"lost"}"#)
        let result = Self.erroringEngine.proxy(HTTPRequest(method: "GET", target: "/orders/7"), forward: upstream.forward)
        #expect(result.response.status == 502)
        #expect(result.response.headers["Content-Type"] == "application/problem+json")
        #expect(text(result.response) == #"{"type":"urn:mimic:problem:response-invalid","title":"Response invalid","status":502,"detail":"The upstream server's 200 answer to GET /orders/{id} breaks its contract: 1 violation.","errors":[{"location":"response.body","name":"","pointer":"/state","code":"enum","message":"\"lost\" is not one of placed, delivered","allowed":["placed","delivered"]}]}"#)
        #expect(result.violations.isEmpty)
        #expect(result.responseViolations.map(\.location) == [.responseBody])
    }

    @Test(arguments: [
        (UpstreamFailure.Kind.unreachable, 502, "upstream-unreachable", "Upstream unreachable"),
        (.timeout, 504, "upstream-timeout", "Upstream timeout"),
        (.invalidResponse, 502, "upstream-invalid", "Upstream answer invalid"),
    ])
    func answersAGatewayProblemWhenTheUpstreamGivesNoAnswer(kind: UpstreamFailure.Kind, status: Int, type: String, title: String) {
        let upstream = Upstream(.failure(UpstreamFailure(kind, reason: "http://127.0.0.1:9: what happened")))
        let result = Self.engine.proxy(HTTPRequest(method: "GET", target: "/orders/7"), forward: upstream.forward)
        #expect(result.response.status == status)
        #expect(text(result.response) == #"{"type":"urn:mimic:problem:\#(type)","title":"\#(title)","status":\#(status),"detail":"The upstream server gave no answer to GET /orders/7: http://127.0.0.1:9: what happened."}"#)
        #expect(result.violations.isEmpty)
    }
}
