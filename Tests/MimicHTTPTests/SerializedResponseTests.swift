@testable import MimicHTTP
@testable import MimicHTTPTypes
import Testing

/// A response serialized once (an answer the response cache keeps) gives the bytes it would give serialized afresh,
/// with only the `Date` value and `Connection` decided as it is sent.
@Suite struct SerializedResponseTests {
    static let date = Array("Tue, 01 Dec 2026 15:17:09 GMT".utf8)

    /// Responses of every shape the serializer tells apart: fields of the handler's, a status without body, one
    /// without reason phrase, the server's own fields set by the handler (replaced), a `Content-Length` announced
    /// without body (a proxied answer to HEAD), and `Connection: close` asked by the handler.
    static let responses: [HTTPResponse] = [
        HTTPResponse(status: 200, json: #"{"id":42}"#),
        HTTPResponse(status: 404, text: "none", headers: ["X-Trace": "1", "Access-Control-Allow-Origin": "http://localhost:8000"]),
        HTTPResponse(status: 204, headers: ["ETag": #""1""#]),
        HTTPResponse(status: 304),
        HTTPResponse(status: 101, headers: ["Upgrade": "websocket"]),
        HTTPResponse(status: 299, body: Array("odd".utf8)),
        HTTPResponse(
            status: 200, headers: ["Date": "yesterday", "content-length": "99", "Transfer-Encoding": "chunked", "X-A": "b"],
            body: Array("hi".utf8)),
        HTTPResponse(status: 200, headers: ["Content-Length": "1234"]),
        HTTPResponse(status: 503, text: "bye", headers: ["Connection": "close", "Retry-After": "1"]),
    ]

    /// What the event loop sends of `response` in answer to `method`: its head and body around `Connection`.
    static func sent(_ response: HTTPResponse, answering method: String, keepAlive: Bool, date: [UInt8] = date) -> String {
        let (head, body) = response.headAndBody(date: date, answering: method)
        return String(decoding: head + HTTPResponse.connectionField(keepAlive: keepAlive) + body, as: UTF8.self)
    }

    @Test(arguments: ["GET", "HEAD", "POST"])
    func aResponseSerializedOnceGivesTheBytesOfOneSerializedAfresh(method: String) throws {
        for response in Self.responses {
            var kept = response
            kept.serializeOnce(answering: method)
            #expect(kept.serializedOnce != nil)
            #expect(kept == response)
            for keepAlive in [true, false] {
                let afresh = String(decoding: response.serialized(date: Self.date, keepAlive: keepAlive, answering: method), as: UTF8.self)
                #expect(Self.sent(kept, answering: method, keepAlive: keepAlive) == afresh)
                #expect(Self.sent(response, answering: method, keepAlive: keepAlive) == afresh)
            }
        }
    }

    @Test func keptBytesAreSentWithTheDateOfTheMomentTheyAreSent() {
        var response = HTTPResponse(status: 200, json: #"{"id":42}"#)
        response.serializeOnce(answering: "GET")
        #expect(Self.sent(response, answering: "GET", keepAlive: true, date: Array("Wed, 02 Dec 2026 00:00:00 GMT".utf8)) == """
            HTTP/1.1 200 OK\r
            Date: Wed, 02 Dec 2026 00:00:00 GMT\r
            Content-Type: application/json\r
            Content-Length: 9\r
            Connection: keep-alive\r
            \r
            {"id":42}
            """)
        #expect(Self.sent(response, answering: "GET", keepAlive: false, date: Array("Wed, 02 Dec 2026 00:00:01 GMT".utf8)) == """
            HTTP/1.1 200 OK\r
            Date: Wed, 02 Dec 2026 00:00:01 GMT\r
            Content-Type: application/json\r
            Content-Length: 9\r
            Connection: close\r
            \r
            {"id":42}
            """)
    }

    @Test func bytesKeptForOneMethodAreNotSentInAnswerToHeadNorTheOtherWayRound() {
        let response = HTTPResponse(status: 200, text: "hello")
        var forGet = response
        forGet.serializeOnce(answering: "GET")
        var forHead = response
        forHead.serializeOnce(answering: "HEAD")
        #expect(Self.sent(forGet, answering: "HEAD", keepAlive: true) == Self.sent(response, answering: "HEAD", keepAlive: true))
        #expect(Self.sent(forHead, answering: "GET", keepAlive: true) == Self.sent(response, answering: "GET", keepAlive: true))
        #expect(Self.sent(forGet, answering: "DELETE", keepAlive: true) == Self.sent(response, answering: "DELETE", keepAlive: true))
        #expect(forHead.serializedOnce?.body == [])
    }

    @Test func changingTheStatusFieldsOrBodyDropsTheKeptBytesButADelayDoesNot() {
        var kept = HTTPResponse(status: 200, text: "hello")
        kept.serializeOnce(answering: "GET")
        var status = kept
        status.status = 201
        var fields = kept
        fields.headers.add("X-Late", "1")
        var body = kept
        body.body.append(UInt8(ascii: "!"))
        var delayed = kept
        delayed.delay = .milliseconds(5)
        #expect([status, fields, body].map { $0.serializedOnce == nil } == [true, true, true])
        #expect(delayed.serializedOnce === kept.serializedOnce)
        #expect(Self.sent(fields, answering: "GET", keepAlive: true).contains("X-Late: 1\r\n"))
    }

    @Test func aFaultOrAStreamedBodyIsNeverKeptSerialized() {
        var faulty = HTTPResponse(status: 200, text: "hello")
        faulty.fault = .close
        faulty.serializeOnce(answering: "GET")
        var streamed = HTTPResponse(status: 200, text: "hello")
        streamed.bodyStream = HTTPBodyStream(remainingLength: 0, read: { nil }, finish: {})
        streamed.serializeOnce(answering: "GET")
        #expect(faulty.serializedOnce == nil)
        #expect(streamed.serializedOnce == nil)
    }
}
