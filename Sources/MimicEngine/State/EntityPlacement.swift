import MimicContracts

/// Where a response body holds its entities, and the schema that describes them: the body itself (`[…]` of a
/// collection, `{"id": …}` of an item), or the one member of an envelope that holds them (`{"response": […],
/// "count": 2}`).
struct EntityPlacement {
    /// The member names from the body down to the entities' array (a collection) or the entity (an item).
    var path: [String]
    /// The schema of one entity; nil when the contract declares none (an inferred body).
    var schema: Schema?

    /// Where a collection's body `body`, described by `schema`, holds its entities: the body when it is an
    /// array, else the one member that is an array of objects; nil when there is no such place.
    static func collection(in body: JSONValue, schema: Schema?, schemas: SchemaRegistry) -> EntityPlacement? {
        let bodySchema = schema.map(schemas.resolve)
        if case .array = body { return EntityPlacement(path: [], schema: bodySchema?.items) }
        guard case .object(let members) = body else { return nil }
        let arrays = members.filter { member in
            guard case .array(let elements) = member.value else { return false }
            return elements.allSatisfy { if case .object = $0 { true } else { false } }
        }
        guard arrays.count == 1 else { return nil }
        let memberSchema = bodySchema.flatMap { property(arrays[0].key, of: $0, schemas: schemas) }
        return EntityPlacement(path: [arrays[0].key], schema: memberSchema.flatMap { schemas.resolve($0).items })
    }

    /// Where an item's body `body`, described by `schema`, holds its entity: the body when it has the
    /// `identifier` member, else the one member that is an object with it; nil when there is no such place.
    static func item(in body: JSONValue, identifier: String, schema: Schema?, schemas: SchemaRegistry) -> EntityPlacement? {
        guard case .object(let members) = body else { return nil }
        if body[identifier] != nil { return EntityPlacement(path: [], schema: schema) }
        let holders = members.filter { $0.value[identifier] != nil }
        guard holders.count == 1 else { return nil }
        return EntityPlacement(path: [holders[0].key], schema: schema.flatMap { property(holders[0].key, of: schemas.resolve($0), schemas: schemas) })
    }

    /// The value at ``path`` in `body`.
    func value(in body: JSONValue) -> JSONValue? {
        path.reduce(Optional(body)) { value, key in value?[key] }
    }

    /// `body` with `value` at ``path``.
    func replacing(in body: JSONValue, with value: JSONValue) -> JSONValue {
        Self.replacing(path[...], in: body, with: value)
    }

    private static func replacing(_ path: ArraySlice<String>, in body: JSONValue, with value: JSONValue) -> JSONValue {
        guard let key = path.first, case .object(var members) = body,
              let index = members.firstIndex(where: { $0.key == key }) else { return path.isEmpty ? value : body }
        members[index].value = replacing(path.dropFirst(), in: members[index].value, with: value)
        return .object(members)
    }

    /// The names of an envelope's members that count a collection's entities.
    static let totalMembers = ["count", "total", "total_count", "totalCount", "total_entries", "totalElements"]

    /// `body` with each whole-number member of the envelope holding the entities that is named as a total
    /// (``totalMembers``) set to `total`; `body` itself when the entities are not in an envelope.
    func counting(_ total: Int, in body: JSONValue) -> JSONValue {
        guard !path.isEmpty else { return body }
        let envelope = EntityPlacement(path: Array(path.dropLast()), schema: nil)
        guard case .object(var members)? = envelope.value(in: body) else { return body }
        for index in members.indices where Self.totalMembers.contains(members[index].key) {
            if case .integer = members[index].value { members[index].value = .integer(total) }
        }
        return envelope.replacing(in: body, with: .object(members))
    }

    /// The schema of property `name` of `schema` (its `allOf` parts included).
    static func property(_ name: String, of schema: Schema, schemas: SchemaRegistry) -> Schema? {
        let object = schema.allOf.isEmpty ? schema : schemas.flattened(schema).schema
        return object.properties.first { $0.name == name }?.schema
    }
}
