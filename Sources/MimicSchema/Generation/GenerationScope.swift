/// Where a generated value belongs: a resource (e.g. "backup_definitions") and the identity of one entity of it
/// (e.g. "42"), plus a path inside the entity. Values derive only from (seed, resource, identity, path).
public struct GenerationScope: Sendable, Hashable {
    /// The kind of entity, usually a collection's name (`backups`, `backup_definitions`).
    public var resource: String
    /// Which entity of the resource (`42`); empty for values that belong to no single entity.
    public var identity: String
    /// Property names and array indices from the entity down to the value.
    public var path: [String]

    /// The scope of the value at `path` inside entity `identity` of `resource`.
    public init(resource: String, identity: String, path: [String] = []) {
        self.resource = resource
        self.identity = identity
        self.path = path
    }

    /// The scope of a property (or an array index) inside this one.
    public func appending(_ component: String) -> GenerationScope {
        var scope = self
        scope.path.append(component)
        return scope
    }

    /// A generator seeded from `seed` and this scope alone, so that a value never depends on its siblings.
    func random(seed: UInt64) -> SeededRandom {
        var hash = StableHash()
        hash.combine(seed)
        hash.combine(resource)
        hash.combine(identity)
        for component in path {
            hash.combine(component)
        }
        return SeededRandom(seed: hash.value)
    }

    /// The name of the field the value belongs to: the last path component that is not an array index.
    var fieldName: String? {
        path.last { component in !component.isEmpty && !component.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
    }

    /// The words of what the field belongs to, nearest first: the property holding its object (`owner` for
    /// `owner.name`), then the resource (`users`).
    var contextWords: [String] {
        var holder = path
        if !holder.isEmpty { holder.removeLast() }
        let property = holder.last { !$0.isEmpty && !$0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        return (property.map(FieldKind.words(of:)) ?? []) + FieldKind.words(of: resource)
    }

    /// Whether this is the entity's own top-level `id` field, whose value is the identity itself.
    var isEntityIdentifier: Bool {
        path == ["id"] && !identity.isEmpty
    }
}
