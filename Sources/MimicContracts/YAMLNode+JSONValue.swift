import MimicYAML

extension YAMLNode {
    /// The node as a JSON value: mapping keys become their text, core-schema scalars their JSON type.
    var jsonValue: JSONValue {
        switch content {
        case .scalar(let scalar):
            switch scalar.kind {
            case .null: return .null
            case .bool: return .bool(bool ?? false)
            case .integer: return integer.map(JSONValue.integer) ?? double.map(JSONValue.number) ?? .string(scalar.text)
            case .float: return double.map(JSONValue.number) ?? .string(scalar.text)
            case .string: return .string(scalar.text)
            }
        case .sequence(let elements):
            return .array(elements.map(\.jsonValue))
        case .mapping(let pairs):
            return .object(pairs.map { JSONMember($0.key.string ?? "null", $0.value.jsonValue) })
        }
    }
}
