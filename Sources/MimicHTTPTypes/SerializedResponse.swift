/// The bytes of an ``HTTPResponse`` as the server sends it in answer to one method, serialized once to be sent
/// many times (an answer a cache keeps): all but what the server decides as it sends, the `Date` value (renewed
/// each second) and the `Connection` field (decided by the request, and by whether the server is stopping).
/// Made by `HTTPResponse.serializeOnce(answering:)`; a response drops it when its status, fields or body change.
package final class SerializedResponse: Sendable {
    /// The status line and the name of the `Date` field.
    package let beforeDate: [UInt8]
    /// The line end after the `Date` value, the handler's fields and `Content-Length`, if any: the rest of the
    /// head up to `Connection`.
    package let afterDate: [UInt8]
    /// The body as sent: none in answer to HEAD, nor for a status that permits none.
    package let body: [UInt8]
    /// Whether these bytes answer HEAD; else they answer any other method.
    package let answersHead: Bool

    package init(beforeDate: [UInt8], afterDate: [UInt8], body: [UInt8], answersHead: Bool) {
        self.beforeDate = beforeDate
        self.afterDate = afterDate
        self.body = body
        self.answersHead = answersHead
    }

    /// Whether these are the bytes that answer `method`.
    package func answers(_ method: String) -> Bool {
        answersHead == (method == "HEAD")
    }

    /// The head up to `Connection`, with `date` as the `Date` value.
    package func head(date: [UInt8]) -> [UInt8] {
        var head: [UInt8] = []
        head.reserveCapacity(beforeDate.count + date.count + afterDate.count)
        head += beforeDate
        head += date
        head += afterDate
        return head
    }

    /// The bytes kept beside the body, which a response that is not serialized shares.
    package var headWeight: Int {
        beforeDate.count + afterDate.count
    }
}
