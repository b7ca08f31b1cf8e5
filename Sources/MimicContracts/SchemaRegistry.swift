/// The schemas that `$ref`s point at, keyed `file#/json/pointer`.
public struct SchemaRegistry: Sendable {
    private var entries: [String: ReferencedSchema] = [:]

    public init() {}

    /// The schema stored under `key`.
    public subscript(key: String) -> Schema? {
        entries[key]?.schema
    }

    /// The schema stored under `key`, held rather than copied: for following references many times.
    public func target(_ key: String) -> ReferencedSchema? {
        entries[key]
    }

    /// Every key, in no particular order (for building lookup tables, never for output).
    public var keys: Dictionary<String, ReferencedSchema>.Keys {
        entries.keys
    }

    /// Whether `key` has been claimed (possibly still being read, for recursive schemas).
    func contains(_ key: String) -> Bool {
        entries[key] != nil
    }

    package mutating func store(_ schema: Schema, for key: String) {
        entries[key] = ReferencedSchema(schema)
    }

    /// Adds the schemas of `other` (a key both hold keeps this registry's schema).
    mutating func merge(_ other: SchemaRegistry) {
        entries.merge(other.entries) { kept, _ in kept }
    }

    /// Follows a chain of references to the schema that holds constraints (at most 64 links, against cycles).
    public func resolve(_ schema: Schema) -> Schema {
        var current = schema
        for _ in 0..<64 {
            guard let key = current.reference, let target = entries[key] else { return current }
            current = target.schema
        }
        return current
    }
}
