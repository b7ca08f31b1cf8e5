import MimicContracts

/// The entities of one collection in one session (`/api/3/stacks/A/backups`), once a write touched it: the
/// seeded ones first, in their order, then those created, in creation order; deleted ones removed and their
/// identities remembered, so that reading them answers 404.
struct EntityCollection: Sendable {
    /// An entity, its identity (its identifier field's value as text), and whether a request wrote it (or it
    /// is still as seeded).
    struct Entry: Sendable {
        var identity: String
        var entity: JSONValue
        var written: Bool
    }

    /// The identifier field of the collection's entities (`id`, `guid`).
    let identifier: String
    private(set) var entries: [Entry]
    /// Identities deleted, in deletion order.
    private(set) var deleted: [String] = []
    /// How many entities were created in the collection, for deriving the next identity.
    private(set) var creations = 0

    /// The collection holding `seeded`, each identified by its `identifier` field.
    init(identifier: String, seeded: [JSONValue]) {
        self.identifier = identifier
        entries = seeded.map { Entry(identity: Self.identity(of: $0, identifier: identifier) ?? "", entity: $0, written: false) }
    }

    /// The identity of `entity`: its identifier field's value as text; nil without one.
    static func identity(of entity: JSONValue, identifier: String) -> String? {
        entity[identifier]?.scalarText
    }

    /// The entity with `identity`, if the collection holds it.
    func entity(_ identity: String) -> JSONValue? {
        entries.first { $0.identity == identity }?.entity
    }

    /// Whether `identity` was deleted (and not created again since).
    func isDeleted(_ identity: String) -> Bool {
        deleted.contains(identity)
    }

    /// Stores `entity` as `identity`: in place of the entity it replaces, else last.
    mutating func store(_ entity: JSONValue, as identity: String, created: Bool) {
        if created { creations += 1 }
        deleted.removeAll { $0 == identity }
        if let index = entries.firstIndex(where: { $0.identity == identity }) {
            entries[index].entity = entity
            entries[index].written = true
        } else {
            entries.append(Entry(identity: identity, entity: entity, written: true))
        }
    }

    /// Removes entity `identity` and remembers it deleted.
    mutating func delete(_ identity: String) {
        entries.removeAll { $0.identity == identity }
        if !deleted.contains(identity) { deleted.append(identity) }
    }

    /// How many entities and deleted identities the collection keeps, against ``StateLimits/entitiesPerCollection``.
    var size: Int {
        entries.count + deleted.count
    }
}
