import MimicContracts

/// Makes deterministic sample data: from a schema, from a field's name alone, and the identities of a
/// collection's entities.
///
/// Every value derives only from the seed and its ``GenerationScope`` (resource, identity, path), never from the
/// clock, a global random generator or a hash seeded per process: the same contract, seed and request give the
/// same bytes on any machine, and each property has a generator of its own, so declaring one more property does
/// not change the others (unless the value reaches ``GenerationLimits/valueSize``). No schema makes it build more
/// than ``GenerationLimits`` allow, or trap.
public struct DataGenerator: Sendable {
    /// The seed used when none is given.
    public static let defaultSeed: UInt64 = 1

    /// Varies every generated value; the same seed gives the same data.
    public let seed: UInt64
    /// Where schema references are looked up.
    public let schemas: SchemaRegistry
    /// The registry's schemas that have an `allOf`, flattened once, by key.
    let flattenedSchemas: [String: FlattenedSchema]
    /// The resource each entity schema the contract serves belongs to, by the reference key responses reach it
    /// through (`#/components/schemas/User` → `users`), so that the entity is the same wherever it is nested.
    let entityResources: [String: String]
    /// The samplers and compiled expressions of the patterns generated strings match, shared with the validator.
    let patterns = PatternCache.shared
    /// Judges the examples and defaults of the schemas: only those that keep their schema are used.
    let validator: SchemaValidator
    /// The identifier of each entity schema reached by reference, per resource (see ``entityIdentifier(of:resource:)``).
    let entityIdentifiers = BoundedMemo<EntityReference, (property: String, schema: Schema?)?>(
        capacity: FieldReadings.capacity, longestKey: FieldReadings.longestName) { $0.key.utf8.count + $0.resource.utf8.count }

    /// A registered schema met as an entity of a resource.
    struct EntityReference: Hashable, Sendable {
        var key: String
        var resource: String
    }

    /// A generator for the schemas of one contract set; `entityResources` names the resource of each entity
    /// schema, by reference key.
    public init(seed: UInt64 = DataGenerator.defaultSeed, schemas: SchemaRegistry, entityResources: [String: String] = [:]) {
        self.seed = seed
        self.schemas = schemas
        self.entityResources = entityResources
        validator = SchemaValidator(schemas: schemas)
        flattenedSchemas = Dictionary(uniqueKeysWithValues: schemas.keys.compactMap { key in
            guard let schema = schemas[key], schema.reference == nil, !schema.allOf.isEmpty else { return nil }
            return (key, schemas.flattened(schema))
        })
    }

    /// A value matching `schema` (references resolved through the registry), deterministic in (seed, scope).
    ///
    /// Responses are what Mimic generates, so `writeOnly` properties are left out. Objects show every declared
    /// property, optional ones too; a recursive schema is cut short (optional properties omitted, arrays at their
    /// minimum, `null` where allowed) once a reference repeats or the value nests deeply, and containers stay empty
    /// once the value is as large as ``GenerationLimits/valueSize``. What `request` asks (a list's count, page and
    /// filters, a create's submitted fields) is honoured wherever the schema admits it.
    public func value(for schema: Schema, in scope: GenerationScope, request: GenerationRequest = GenerationRequest()) -> JSONValue {
        var trail = SchemaTrail()
        trail.request = request.isEmpty ? nil : request
        return generate(schema, in: scope, trail: trail)
    }

    /// A value for a field known only by its name, for contracts that declare no schema: `created_at` gives a
    /// date-time, `is_active` a boolean, `owner_email` the address of the owner's name at `example.com`, `city` and
    /// `country_code` a city of that country, and so on (README, "Responses"). The value is that
    /// of the field `name` of the entity in `scope` (its own scope is `scope.appending(name)`), so it agrees with
    /// a schema-driven value of the same field wherever the two can agree.
    public func value(forField name: String, in scope: GenerationScope) -> JSONValue {
        let fieldScope = scope.appending(name)
        var random = fieldScope.random(seed: seed)
        return fieldValue(meaning(in: fieldScope), in: fieldScope, random: &random)
    }

    /// `count` distinct, stable identities for the entities of a collection of `resource` (for example "1042", "2381", "5120"):
    /// the same every time for the same seed and resource, so `GET /things` lists entities that `GET /things/{id}` returns identically.
    ///
    /// The identities ascend, and a shorter list is a prefix of a longer one; `start` skips that many (at most
    /// ``GenerationLimits/listOffset``), for a later page of the list. For an identifier whose schema (`like`) is a
    /// `uuid` string, they are UUIDs, each derived from its position.
    public func identities(of resource: String, count: Int, like schema: Schema? = nil, from start: Int = 0) -> [String] {
        let start = min(max(start, 0), GenerationLimits.listOffset)
        let positions = start..<start + max(count, 0)
        if schema?.format == StringFormat.uuid.rawValue {
            return positions.map { index in
                var random = GenerationScope(resource: resource, identity: "", path: ["identities", String(index)]).random(seed: seed)
                return SampleText.uuid(&random)
            }
        }
        var random = GenerationScope(resource: resource, identity: "", path: ["identities"]).random(seed: seed)
        var next = random.integer(in: 1000...1999)
        var identities: [String] = []
        identities.reserveCapacity(positions.count)
        for position in 0..<positions.upperBound {
            if positions.contains(position) { identities.append(String(next)) }
            next += random.integer(in: 1...999)
        }
        return identities
    }
}
