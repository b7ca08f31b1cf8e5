import MimicContracts

extension DataGenerator {
    /// A value for `schema`, following its references.
    func generate(_ schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        var schema = schema
        var trail = trail
        var name: String?
        for _ in 0..<SchemaTrail.longestReferenceChain {
            guard let key = schema.reference else { break }
            name = key
            trail = trail.entering(key)
            schema = schemas[key] ?? Schema()
        }
        return generateResolved(schema, named: name, in: scope, trail: trail)
    }

    /// A value for a schema that is not a reference; `name` is the registry key it was reached by, if any. Containers
    /// count their own text against the trail's budget, and every other value is counted here.
    private func generateResolved(_ schema: Schema, named name: String?, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        if !schema.allOf.isEmpty {
            return generateMerged(schema, named: name, in: scope, trail: trail)
        }
        if scope.isEntityIdentifier, let identity = identityValue(for: schema, identity: scope.identity) {
            return trail.budget.counted(identity)
        }
        if let constant = schema.constValue {
            return trail.budget.counted(constant)
        }
        if let example = schema.examples.first(where: { keeps($0, schema) }) {
            return trail.budget.counted(example)
        }
        if let fallback = schema.defaultValue, fallback.isScalar, keeps(fallback, schema) {
            return trail.budget.counted(fallback)
        }
        var random = scope.random(seed: seed)
        if let members = schema.enumValues, !members.isEmpty {
            let candidates = members.filter { $0 != .null }
            return trail.budget.counted(candidates.isEmpty ? .null : random.element(of: candidates))
        }
        if !trail.isCircling, let alternative = Self.chosenAlternative(of: schema, in: schemas) {
            return generateAlternative(alternative, of: schema, in: scope, trail: trail)
        }
        let scalar: JSONValue
        switch schema.effectiveType {
        case .object: return object(schema, in: entityScope(for: schema, named: name, in: scope) ?? scope, trail: trail)
        case .array: return array(schema, in: scope, trail: trail)
        case .string:
            let meaning = meaning(in: scope, faker: schema.faker)
            scalar = .string(string(schema, meaning: meaning, in: scope, padded: !trail.budget.isSpent, random: &random))
        case .integer: scalar = .integer(integer(schema, meaning: meaning(in: scope, faker: schema.faker), in: scope, random: &random))
        case .number: scalar = .number(number(schema, meaning: meaning(in: scope, faker: schema.faker), random: &random))
        case .boolean: scalar = .bool(random.coin())
        case .null: scalar = .null
        }
        return trail.budget.counted(scalar)
    }

    /// An `allOf`: one object with the properties of every part, its discriminators naming `name`.
    private func generateMerged(_ schema: Schema, named name: String?, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        let flattened = name.flatMap { flattenedSchemas[$0] } ?? schemas.flattened(schema)
        var value = generateResolved(flattened.schema, named: name, in: scope, trail: trail)
        if let name {
            for discriminator in flattened.inheritedDiscriminators {
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

    /// The `oneOf` (else `anyOf`) alternative to generate: the first that is not only `null`.
    private static func chosenAlternative(of schema: Schema, in schemas: SchemaRegistry) -> Schema? {
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        return alternatives.first { schemas.resolve($0).types != [.null] } ?? alternatives.first
    }

    /// The discriminator value that selects the schema registered under `key`: its mapping value, else its name.
    static func discriminatorValue(_ discriminator: Discriminator, for key: String) -> String {
        discriminator.value(selecting: key)
    }

    /// Whether `value` (a schema's example or default) keeps every keyword of `schema`, as a response.
    func keeps(_ value: JSONValue, _ schema: Schema) -> Bool {
        let (kept, omitted) = validator.violations(of: value, against: schema, direction: .response, keeping: 0)
        return kept.isEmpty && omitted == 0
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
