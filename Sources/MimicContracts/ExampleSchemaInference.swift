/// The schema of a JSON body that a contract shows only by example (a Postman request's saved raw body),
/// inferred as Prism infers it (`@stoplight/json-schema-generator`): each value typed as the examples are —
/// `integer` for a whole number, `number`, `string`, `boolean`, `object` with a property per member, `array`
/// whose items fit every element — and nothing more: no property is required (an example shows what a request
/// may send, not what it must), members the examples do not show are allowed, and no length or range is
/// implied. Where Prism types a `null` as `null`, Mimic leaves the value unchecked: a saved `null` (or a
/// Postman variable standing for a value) says nothing about the type. An empty array leaves its items
/// unchecked.
enum ExampleSchemaInference {
    /// The schema every one of `values` satisfies: the types they have, an object's properties the union of
    /// their members (in first-seen order), an array's items fitting all their elements.
    static func schema(fitting values: [JSONValue]) -> Schema {
        var types: [SchemaType] = []
        var members: [(name: String, values: [JSONValue])] = []
        var memberIndex: [String: Int] = [:]
        var elements: [JSONValue] = []
        var hasArray = false
        for value in values {
            switch value {
            case .null: continue
            case .bool: note(.boolean, in: &types)
            case .string: note(.string, in: &types)
            case .integer: note(.integer, in: &types)
            case .number(let number): note(number.rounded() == number && abs(number) < 0x1p63 ? .integer : .number, in: &types)
            case .array(let items):
                note(.array, in: &types)
                hasArray = true
                elements += items
            case .object(let object):
                note(.object, in: &types)
                for member in object {
                    if let index = memberIndex[member.key] {
                        members[index].values.append(member.value)
                    } else {
                        memberIndex[member.key] = members.count
                        members.append((member.key, [member.value]))
                    }
                }
            }
        }
        if types.contains(.number) { types.removeAll { $0 == .integer } }
        var schema = Schema(types: types)
        schema.properties = members.map { SchemaProperty(name: $0.name, schema: self.schema(fitting: $0.values)) }
        if hasArray, !elements.isEmpty { schema.items = self.schema(fitting: elements) }
        return schema
    }

    /// Adds `type` to `types` once, keeping the order in which types were first seen.
    private static func note(_ type: SchemaType, in types: inout [SchemaType]) {
        if !types.contains(type) { types.append(type) }
    }
}
