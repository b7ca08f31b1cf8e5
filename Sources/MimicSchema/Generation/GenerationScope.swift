/// Where a generated value belongs: a resource (e.g. "backup_definitions") and the identity of one entity of it
/// (e.g. "42"), plus a path inside the entity. Values derive only from (seed, resource, identity, path).
public struct GenerationScope: Sendable, Hashable {
    /// How the identity relates to the entities a value holds.
    public enum Binding: Sendable, Hashable {
        /// The identity names no entity of its own (a collection's envelope, a value known by field name).
        case none
        /// The identity is that of the first entity met below (an item read by the id in its path, whatever
        /// envelope wraps it): that entity is generated in its own scope, as it is everywhere else.
        case pending
        /// The scope is inside the entity `identity`, whose identifier is the property `identifier`.
        case entity(identifier: String)
    }

    /// The kind of entity, usually a collection's name (`backups`, `backup_definitions`).
    public var resource: String
    /// Which entity of the resource (`42`); empty for values that belong to no single entity.
    public var identity: String
    /// Property names and array indices from the entity down to the value.
    public var path: [String]
    /// Whether ``identity`` is that of an entity, and which.
    public var binding: Binding

    /// The scope of the value at `path` inside entity `identity` of `resource`.
    public init(resource: String, identity: String, path: [String] = [], binding: Binding = .none) {
        self.resource = resource
        self.identity = identity
        self.path = path
        self.binding = binding
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
        path.last { !Self.isIndex($0) }
    }

    /// Whether a path component is an array index (all digits), or empty: not a property's name.
    static func isIndex(_ component: String) -> Bool {
        component.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The name of the property holding the field's object (`owner` for `owner.name`), nil for a field at the
    /// entity's top: with the resource (`users`), what the field belongs to (``FieldReadings``).
    var holderName: String? {
        path.dropLast().last { !Self.isIndex($0) }
    }

    /// Whether this is the entity's own top-level identifier field (`id` unless the entity names another),
    /// whose value is the identity itself.
    var isEntityIdentifier: Bool {
        guard !identity.isEmpty, path.count == 1 else { return false }
        if case .entity(let identifier) = binding { return path[0] == identifier }
        return path[0] == "id"
    }
}
