import MimicContracts

extension APIOperation {
    /// How every JSON answer names an operation (a problem's `closestOperation`, a journal entry's `operation`):
    /// `{"method","path","operationId"}`, `operationId` null when the contract gives none.
    public var referenceJSON: JSONValue {
        .object([
            JSONMember("method", .string(method)),
            JSONMember("path", .string(path.description)),
            JSONMember("operationId", operationId.map(JSONValue.string) ?? .null),
        ])
    }
}
