import MimicContracts

extension DataGenerator {
    /// A value for `schema`, following its references.
    func generate(_ schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        var schema = schema
        var trail = trail
        var name: String?
        for _ in 0..<64 {
            guard let key = schema.reference else { break }
            name = key
            trail = trail.entering(key)
            schema = schemas[key] ?? Schema()
        }
        return generateResolved(schema, named: name, in: scope, trail: trail)
    }

    /// A value for a schema that is not a reference; `name` is the registry key it was reached by, if any.
    private func generateResolved(_ schema: Schema, named name: String?, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        if !schema.allOf.isEmpty {
            return generateMerged(schema, named: name, in: scope, trail: trail)
        }
        if scope.isEntityIdentifier, let identity = identityValue(for: schema, identity: scope.identity) {
            return identity
        }
        if let constant = schema.constValue {
            return constant
        }
        if let example = schema.examples.first(where: { Self.value($0, fits: schema) }) {
            return example
        }
        if let fallback = schema.defaultValue, fallback.isScalar, Self.value(fallback, fits: schema) {
            return fallback
        }
        var random = scope.random(seed: seed)
        if let members = schema.enumValues, !members.isEmpty {
            let candidates = members.filter { $0 != .null }
            return candidates.isEmpty ? .null : random.element(of: candidates)
        }
        if let alternative = Self.chosenAlternative(of: schema, in: schemas) {
            return generateAlternative(alternative, of: schema, in: scope, trail: trail)
        }
        switch Self.effectiveType(of: schema) {
        case .object: return object(schema, in: scope, trail: trail)
        case .array: return array(schema, in: scope, trail: trail)
        case .string: return .string(string(schema, in: scope, random: &random))
        case .integer: return .integer(integer(schema, in: scope, random: &random))
        case .number: return .number(number(schema, random: &random))
        case .boolean: return .bool(random.coin())
        case .null: return .null
        }
    }

    /// An `allOf`: one object with the properties of every part, its discriminators naming `name`.
    private func generateMerged(_ schema: Schema, named name: String?, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        var discriminators: [Discriminator] = []
        var visited: Set<String> = []
        let merged = flattened(schema, discriminators: &discriminators, visited: &visited)
        var value = generateResolved(merged, named: name, in: scope, trail: trail)
        if let name {
            for discriminator in discriminators {
                value.setMember(discriminator.propertyName, to: .string(Self.discriminatorValue(discriminator, for: name)))
            }
        }
        return value
    }

    /// A `oneOf`/`anyOf`: the chosen alternative (with the schema's own properties, if it has any), its
    /// discriminator property set to the alternative's mapping value or schema name.
    private func generateAlternative(_ alternative: Schema, of schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        var base = schema
        base.oneOf = []
        base.anyOf = []
        base.discriminator = nil
        var combined = alternative
        if !base.properties.isEmpty {
            combined = Schema()
            combined.allOf = [base, alternative]
        }
        var value = generate(combined, in: scope, trail: trail)
        if let discriminator = schema.discriminator, let key = alternative.reference {
            value.setMember(discriminator.propertyName, to: .string(Self.discriminatorValue(discriminator, for: key)))
        }
        return value
    }

    /// `schema` with its `allOf` parts (references resolved, nested `allOf`s flattened) merged in: properties
    /// and required names united in declared order, the first declaration of every other keyword kept.
    private func flattened(_ schema: Schema, discriminators: inout [Discriminator], visited: inout Set<String>) -> Schema {
        var merged = schema
        merged.allOf = []
        for part in schema.allOf {
            var resolved = part
            var cycle = false
            while let key = resolved.reference {
                cycle = !visited.insert(key).inserted
                if cycle { break }
                resolved = schemas[key] ?? Schema()
            }
            guard !cycle else { continue }
            if let discriminator = resolved.discriminator, resolved.oneOf.isEmpty, resolved.anyOf.isEmpty {
                discriminators.append(discriminator)
                resolved.discriminator = nil
            }
            merged.absorb(flattened(resolved, discriminators: &discriminators, visited: &visited))
        }
        return merged
    }

    /// The `oneOf` (else `anyOf`) alternative to generate: the first that is not only `null`.
    private static func chosenAlternative(of schema: Schema, in schemas: SchemaRegistry) -> Schema? {
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        return alternatives.first { schemas.resolve($0).types != [.null] } ?? alternatives.first
    }

    /// The discriminator value that selects the schema registered under `key`: its mapping value, else its name.
    static func discriminatorValue(_ discriminator: Discriminator, for key: String) -> String {
        discriminator.value(selecting: key)
    }

    /// The type to generate: the first non-null declared type, else what the schema's keywords imply, else string.
    static func effectiveType(of schema: Schema) -> SchemaType {
        if let declared = schema.types.first(where: { $0 != .null }) { return declared }
        if schema.types.contains(.null) { return .null }
        if case .schema = schema.additionalProperties { return .object }
        if !schema.properties.isEmpty || !schema.required.isEmpty { return .object }
        if schema.items != nil { return .array }
        switch schema.format {
        case "int32", "int64": return .integer
        case "float", "double": return .number
        default: return .string
        }
    }

    /// Whether `value`'s JSON type is one the schema declares (any, when it declares none).
    static func value(_ value: JSONValue, fits schema: Schema) -> Bool {
        guard !schema.types.isEmpty else { return true }
        return schema.types.contains { type in
            switch (type, value) {
            case (.null, .null), (.boolean, .bool), (.string, .string), (.array, .array), (.object, .object): true
            case (.integer, .integer), (.number, .integer), (.number, .number): true
            case (.integer, .number(let number)): number == number.rounded()
            default: false
            }
        }
    }
}

private extension JSONValue {
    /// Whether this is neither an array nor an object.
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        case .null, .bool, .integer, .number, .string: true
        }
    }

    /// Sets member `key` of an object (replacing it in place, else first); does nothing to other values.
    mutating func setMember(_ key: String, to value: JSONValue) {
        guard case .object(var members) = self else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.insert(JSONMember(key, value), at: 0)
        }
        self = .object(members)
    }
}
