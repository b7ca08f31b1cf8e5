import MimicContracts

/// Entities: objects with an identifier. An entity's fields derive from (seed, resource, identity) wherever it is
/// generated (a collection's items, an item read alone, an envelope, another entity's member), so `GET /users`
/// and `GET /users/{id}` show the same user.
extension DataGenerator {
    /// The property that identifies an entity of `resource` described by `schema`: `id`, `uuid` or `guid`, else
    /// `<entity>_id` (`<entity>Id`, the entity being the singular of the resource's last word), else a `readOnly`
    /// property named like an identifier; nil when `schema` is not an object with such a property able to hold an
    /// identity (a number or a string, neither `enum` nor `const`).
    package func identifierProperty(of schema: Schema, resource: String) -> String? {
        entityIdentifier(of: schema, resource: resource)?.property
    }

    /// The identifier property of an entity of `resource` described by `schema` (``identifierProperty(of:resource:)``)
    /// and its schema (``identifierSchema(_:of:)``); worked out once per registered schema and resource when
    /// `schema` is a reference, which depends on nothing else.
    func entityIdentifier(of schema: Schema, resource: String) -> (property: String, schema: Schema?)? {
        let find = { () -> (property: String, schema: Schema?)? in
            self.findIdentifierProperty(of: schema, resource: resource).map { ($0, self.identifierSchema($0, of: schema)) }
        }
        guard let key = schema.reference, schemas[key] != nil else { return find() }
        return entityIdentifiers.value(for: EntityReference(key: key, resource: resource)) { _ in find() }
    }

    private func findIdentifierProperty(of schema: Schema, resource: String) -> String? {
        let object = objectSchema(schema)
        let candidates = object.properties.filter { property in
            let resolved = schemas.resolve(property.schema)
            return resolved.enumValues == nil && resolved.constValue == nil
                && [.integer, .number, .string].contains(resolved.effectiveType)
        }
        if let plain = ["id", "uuid", "guid"].first(where: { name in candidates.contains { $0.name == name } }) {
            return plain
        }
        var words = FieldKind.words(of: resource)
        if let last = words.popLast() { words.append(EnglishNoun.singular(last)) }
        if !words.isEmpty, let own = candidates.first(where: { FieldKind.words(of: $0.name) == words + ["id"] }) {
            return own.name
        }
        return candidates.first { property in
            schemas.resolve(property.schema).readOnly && [.identifier, .uuid].contains(FieldKind(fieldName: property.name))
        }?.name
    }

    /// The schema of the identifier `property` of an entity described by `schema`.
    package func identifierSchema(_ property: String, of schema: Schema) -> Schema? {
        objectSchema(schema).properties.first { $0.name == property }.map { schemas.resolve($0.schema) }
    }

    /// The resource an entity reached through reference `key` belongs to: the one the contract serves it as,
    /// else, outside any entity, the scope's resource (an item's or a collection's own), else the name of the
    /// member holding it.
    func entityResource(named key: String?, in scope: GenerationScope) -> String {
        if let key, let resource = entityResources[key] { return resource }
        guard case .entity = scope.binding else { return scope.resource }
        return scope.fieldName ?? scope.resource
    }

    /// The scope to generate an object described by `schema` (reached through reference `key`) in, met at
    /// `scope`: that of its own identity when it is an entity (the identity `scope` holds for it, pending or at
    /// the value's root, when its identifier admits it; else one derived from where it is met); nil when it is not an entity, or `scope` is already its own.
    func entityScope(for schema: Schema, named key: String?, in scope: GenerationScope) -> GenerationScope? {
        if case .entity = scope.binding, scope.path.isEmpty { return nil }
        let resource = entityResource(named: key, in: scope)
        guard let (identifier, identifierSchema) = entityIdentifier(of: schema, resource: resource) else { return nil }
        var identity = scope.identity
        let named = scope.binding == .pending || (scope.binding == .none && scope.path.isEmpty)
        let admitted = named && !identity.isEmpty && (identifierSchema.map { identityValue(for: $0, identity: identity) != nil } ?? true)
        if !admitted {
            var random = scope.appending(identifier).random(seed: seed)
            identity = Self.identity(like: identifierSchema, random: &random)
        }
        return GenerationScope(resource: resource, identity: identity, binding: .entity(identifier: identifier))
    }

    /// The scope of element `index` of an array at `scope` whose first element is at `start` of the whole list:
    /// the element's own when the items are entities of `resource` (`identities` gives theirs), else its
    /// position's inside `scope`.
    func elementScope(_ index: Int, from start: Int = 0, identities: [String]?, resource: String, in scope: GenerationScope) -> GenerationScope {
        if let identities { return GenerationScope(resource: resource, identity: identities[index], binding: .pending) }
        var element = scope.appending(String(start + index))
        if element.binding == .pending { element.binding = .none }
        return element
    }

    /// The identities of the `count` items of an array whose items `items` describes, met at `scope`, from
    /// position `start` of the whole list, and their resource; nil identities when the items are not entities.
    func elementIdentities(of items: Schema, count: Int, from start: Int = 0, in scope: GenerationScope) -> (identities: [String]?, resource: String) {
        let resource = entityResource(named: items.reference, in: scope)
        guard let (_, identifierSchema) = entityIdentifier(of: items, resource: resource) else { return (nil, resource) }
        return (identities(of: resource, count: count, like: identifierSchema, from: start), resource)
    }

    /// The identity of the entity created `number`th (from 0) in `collection` of `resource`, whose identities
    /// are UUIDs: derived from those alone, so the same sequence of creates gives the same identities.
    package func createdUUID(of resource: String, in collection: String, number: Int) -> String {
        var random = GenerationScope(resource: resource, identity: collection, path: ["created", String(number)]).random(seed: seed)
        return SampleText.uuid(&random)
    }

    /// Whether `text` is a UUID (RFC 9562's text form).
    package static func isUUID(_ text: String) -> Bool {
        FormatChecker.isUUID(text)
    }

    /// An identity that `schema` (an identifier's) admits: a UUID for a `uuid` string, else a number.
    static func identity(like schema: Schema?, random: inout SeededRandom) -> String {
        schema?.format == StringFormat.uuid.rawValue ? SampleText.uuid(&random) : String(random.integer(in: 1000...99_999))
    }

    /// `schema` resolved, its `allOf` flattened.
    private func objectSchema(_ schema: Schema) -> Schema {
        let resolved = schemas.resolve(schema)
        guard !resolved.allOf.isEmpty else { return resolved }
        return schema.reference.flatMap { flattenedSchemas[$0]?.schema } ?? schemas.flattened(resolved).schema
    }
}
