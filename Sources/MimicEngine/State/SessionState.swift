/// What one session (`Mimic-Session: NAME`, or the default one) changed: the collections written to, in the
/// order they were first written, each by its path (`/api/3/stacks/A/backups`).
struct SessionState: Sendable {
    private(set) var paths: [String] = []
    private var collections: [String: EntityCollection] = [:]

    /// The collection at `path`, if a write touched it.
    func collection(_ path: String) -> EntityCollection? {
        collections[path]
    }

    /// Stores `collection` at `path`.
    mutating func store(_ collection: EntityCollection, at path: String) {
        if collections.updateValue(collection, forKey: path) == nil { paths.append(path) }
    }

    /// How many collections the session holds, against ``StateLimits/collectionsPerSession``.
    var count: Int {
        paths.count
    }
}
