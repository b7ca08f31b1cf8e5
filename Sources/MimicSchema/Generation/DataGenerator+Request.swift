import MimicContracts

/// What the request decides in a generated body: the values a list's items hold in the fields its query filters,
/// and the fields the entity a create answers holds as submitted; each kept only where the schema admits it.
extension DataGenerator {
    /// Sets each member of listed item `item` (of an object of `schema`) that a filter names to one of the
    /// filter's values (the item's position choosing among several), as the member's schema admits it
    /// (``requested(_:for:current:)``).
    func filter(_ members: inout [JSONMember], of schema: Schema, as filters: [GenerationRequest.Filter], item: Int) {
        for filter in filters where !filter.values.isEmpty {
            guard let index = members.firstIndex(where: { $0.key == filter.field }),
                  let property = propertySchema(filter.field, of: schema) else { continue }
            let text = filter.values[item % filter.values.count]
            if let value = requested(.string(text), for: property, current: members[index].value) {
                members[index].value = value
            }
        }
    }

    /// Sets each member of the entity in `scope` (an object of `schema`) that `submitted` names, but its
    /// identifier, to the submitted value, as the member's schema admits it.
    func echo(_ submitted: [JSONMember], into members: inout [JSONMember], of schema: Schema, in scope: GenerationScope) {
        guard case .entity(let identifier) = scope.binding else { return }
        for field in submitted where field.key != identifier {
            guard let index = members.firstIndex(where: { $0.key == field.key }),
                  let property = propertySchema(field.key, of: schema) else { continue }
            if let value = requested(field.value, for: property, current: members[index].value) {
                members[index].value = value
            }
        }
    }

    /// `asked` as a value of `schema` (resolved): as it is when the schema keeps it, else its text read as the
    /// schema's type (a number, a boolean, a one-item array of the items' type), else, for an object with a
    /// `name` (as vProtect shows an enum value: `{"name": "SUCCESS", …}`), `current` with that name; nil when
    /// the schema admits none of these.
    func requested(_ asked: JSONValue, for schema: Schema, current: JSONValue?) -> JSONValue? {
        if keeps(asked, schema) { return asked }
        guard let text = asked.scalarText else { return nil }
        let candidate: JSONValue? = switch schema.effectiveType {
        case .integer: Int(text).map(JSONValue.integer)
        case .number: Int(text).map(JSONValue.integer) ?? Double(text).map(JSONValue.number)
        case .boolean: text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
        case .array: schema.items.map(schemas.resolve).flatMap { requested(asked, for: $0, current: nil) }.map { .array([$0]) }
        case .object:
            propertySchema("name", of: schema).flatMap { requested(asked, for: $0, current: current?["name"]) }.map { name in
                var object = current ?? .object([])
                if case .object(var members) = object, let index = members.firstIndex(where: { $0.key == "name" }) {
                    members[index].value = name
                    object = .object(members)
                }
                return object
            }
        case .string, .null: nil
        }
        return candidate.flatMap { keeps($0, schema) ? $0 : nil }
    }
}
