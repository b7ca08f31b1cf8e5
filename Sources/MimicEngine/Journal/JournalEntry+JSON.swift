import Foundation
import MimicContracts
import MimicSchema

extension JournalEntry {
    /// `{"sequence","method","target","status","operation","violations","headers"}`, then `"refusal"` for a
    /// request the HTTP layer refused, `"forced"` for a failure answered on purpose, `"note"` for what else
    /// happened (a stateful mock dropping a session), `"responseViolations"` for an answer of Mimic's that broke
    /// the contract (as `violations` are written), and for a request with a
    /// body `"bodySize"` and the body's kept start as `"body"` (UTF-8 text) or `"bodyBase64"`; `operation` is
    /// `{"method","path","operationId"}`, or null when no operation answered, and `headers` is
    /// `[{"name","value"}]`, in order.
    public var json: JSONValue {
        var members = [
            JSONMember("sequence", .integer(sequence)),
            JSONMember("method", .string(method)),
            JSONMember("target", .string(target)),
            JSONMember("status", .integer(status)),
            JSONMember("operation", operation?.referenceJSON ?? .null),
            JSONMember("violations", .array(violations.map(\.json))),
            JSONMember("headers", .array(headers.map { .object([JSONMember("name", .string($0.name)), JSONMember("value", .string($0.value))]) })),
        ]
        if let refusal { members.append(JSONMember("refusal", .string(refusal))) }
        if let forced { members.append(JSONMember("forced", .string(forced))) }
        if let note { members.append(JSONMember("note", .string(note))) }
        if !responseViolations.isEmpty { members.append(JSONMember("responseViolations", .array(responseViolations.map(\.json)))) }
        if bodySize > 0 {
            members.append(JSONMember("bodySize", .integer(bodySize)))
            if let text = String(validating: body, as: UTF8.self) {
                members.append(JSONMember("body", .string(text)))
            } else {
                members.append(JSONMember("bodyBase64", .string(Data(body).base64EncodedString())))
            }
        }
        return .object(members)
    }
}
