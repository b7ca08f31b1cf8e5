import MimicYAML

extension YAMLNode {
    /// The node as a JSON value, as `mimic dump` shows it: mapping keys become strings, each once with its last
    /// value; core-schema scalars take their JSON type.
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
        case .mapping:
            let (keys, values) = jsonMembers ?? ([], [])
            return .object(zip(keys, values).map { JSONMember($0, $1.jsonValue) })
        }
    }
}
