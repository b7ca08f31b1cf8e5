import MimicContracts
import MimicSchema

extension JournalEntry {
    /// `{"sequence","method","target","status","operation","violations"}`; `operation` is
    /// `{"method","path","operationId"}`, or null when no operation answered.
    public var json: JSONValue {
        .object([
            JSONMember("sequence", .integer(sequence)),
            JSONMember("method", .string(method)),
            JSONMember("target", .string(target)),
            JSONMember("status", .integer(status)),
            JSONMember("operation", operation?.referenceJSON ?? .null),
            JSONMember("violations", .array(violations.map(\.json))),
        ])
    }
}
