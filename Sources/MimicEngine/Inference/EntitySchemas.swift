import MimicContracts
import MimicSchema

/// Which resource each entity schema of a contract set belongs to, read from the success responses of the
/// collection and item operations: the schema (by reference key) of `GET /users/{id}`'s body, of the items of
/// `GET /users`, or of the member of an envelope (`{"response": …}`) holding them. An entity met anywhere else
/// (nested in another response) is then generated as the resource it belongs to shows it.
enum EntitySchemas {
    /// The resource of each entity schema, by reference key: an item's body names it before a collection's
    /// items, and those before an envelope's member; among equals, the first declared.
    static func resources(of routes: [CompiledOperation], generator: DataGenerator) -> [String: String] {
        var ranked: [String: (rank: Int, resource: String)] = [:]
        for route in routes {
            guard let access = route.access else { continue }
            let bodies = route.operation.responses.filter(\.status.isSuccess).flatMap(\.contents).compactMap(\.schema)
            for (key, rank) in bodies.flatMap({ entityKeys(in: $0, resource: access.resource.name, generator: generator) })
            where rank < ranked[key]?.rank ?? .max {
                ranked[key] = (rank, access.resource.name)
            }
        }
        return ranked.mapValues(\.resource)
    }

    /// The reference keys of the entities of `resource` a body described by `schema` holds, ranked: 0 the body
    /// itself, 1 its items, 2 a member of an envelope or that member's items.
    private static func entityKeys(in schema: Schema, resource: String, generator: DataGenerator) -> [(String, Int)] {
        let schemas = generator.schemas
        func entityKey(_ schema: Schema?) -> String? {
            guard let schema, let key = schema.reference, generator.identifierProperty(of: schema, resource: resource) != nil else { return nil }
            return key
        }
        if let key = entityKey(schema) { return [(key, 0)] }
        let resolved = schemas.resolve(schema)
        if let key = entityKey(resolved.items) { return [(key, 1)] }
        guard generator.identifierProperty(of: resolved, resource: resource) == nil else { return [] }
        return resolved.properties.compactMap { property in
            (entityKey(property.schema) ?? entityKey(schemas.resolve(property.schema).items)).map { ($0, 2) }
        }
    }
}
