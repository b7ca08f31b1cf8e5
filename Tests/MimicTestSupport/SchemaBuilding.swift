import MimicContracts

/// Schemas written in a line, for tests.
extension Schema {
    /// A schema of `type`, adjusted by `configure`.
    public static func of(_ type: SchemaType, format: String? = nil, _ configure: (inout Schema) -> Void = { _ in }) -> Schema {
        var schema = Schema(types: [type], format: format)
        configure(&schema)
        return schema
    }

    /// An object schema with `properties` in order.
    public static func object(_ properties: [(String, Schema)], required: [String] = [], _ configure: (inout Schema) -> Void = { _ in }) -> Schema {
        var schema = Schema(types: [.object])
        schema.properties = properties.map { SchemaProperty(name: $0.0, schema: $0.1) }
        schema.required = required
        configure(&schema)
        return schema
    }

    /// An array schema of `items`.
    public static func array(of items: Schema, _ configure: (inout Schema) -> Void = { _ in }) -> Schema {
        var schema = Schema(types: [.array])
        schema.items = items
        configure(&schema)
        return schema
    }
}

extension SchemaRegistry {
    /// A registry holding `entries` under their keys.
    public static func with(_ entries: [(String, Schema)]) -> SchemaRegistry {
        var registry = SchemaRegistry()
        for (key, schema) in entries {
            registry.store(schema, for: key)
        }
        return registry
    }
}
