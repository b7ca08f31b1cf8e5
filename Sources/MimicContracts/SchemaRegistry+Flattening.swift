extension SchemaRegistry {
    /// `schema` with references followed and its `allOf` parts (references resolved, nested `allOf`s flattened)
    /// merged in; a part that refers back to one already merged is left out.
    public func flattened(_ schema: Schema) -> FlattenedSchema {
        let resolved = resolve(schema)
        // Most schemas have no `allOf`: they are returned as resolved, without the copy that merging makes.
        guard !resolved.allOf.isEmpty else { return FlattenedSchema(schema: resolved, inheritedDiscriminators: []) }
        var discriminators: [Discriminator] = []
        var visited: Set<String> = []
        let merged = merged(resolved, discriminators: &discriminators, visited: &visited)
        return FlattenedSchema(schema: merged, inheritedDiscriminators: discriminators)
    }

    /// Whether `parameter` takes several values (an array), however they are spelt: its flattened schema's one
    /// type is `array`.
    public func isMultivalued(_ parameter: Parameter) -> Bool {
        flattened(parameter.schema).schema.primaryType == .array
    }

    /// The schema each value of `parameter` must match, flattened: for a multivalued parameter, that of its items.
    public func valueSchema(of parameter: Parameter) -> Schema {
        let schema = flattened(parameter.schema).schema
        guard isMultivalued(parameter), let items = schema.items else { return schema }
        return flattened(items).schema
    }

    private func merged(_ schema: Schema, discriminators: inout [Discriminator], visited: inout Set<String>) -> Schema {
        var merged = schema
        merged.allOf = []
        for part in schema.allOf {
            var resolved = part
            var cycle = false
            while let key = resolved.reference {
                cycle = !visited.insert(key).inserted
                if cycle { break }
                resolved = self[key] ?? Schema()
            }
            guard !cycle else { continue }
            if let discriminator = resolved.discriminator, resolved.oneOf.isEmpty, resolved.anyOf.isEmpty {
                discriminators.append(discriminator)
                resolved.discriminator = nil
            }
            merged.absorb(self.merged(resolved, discriminators: &discriminators, visited: &visited))
        }
        return merged
    }
}
