import MimicContracts

extension JSONValue {
    /// The elements of an array; nil for any other value.
    public var arrayElements: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }
}
