/// How much state a stateful mock keeps, so that no client can make it grow without bound.
public struct StateLimits: Sendable, Equatable {
    /// Sessions kept at once; past it, the least recently used session is dropped (and the journal says so).
    public var sessions: Int
    /// Collections (a resource under one parent: `/stacks/A/backups` and `/stacks/B/backups` are two) one
    /// session keeps; past it, a write to another collection is refused.
    public var collectionsPerSession: Int
    /// Entities one collection keeps, seeded ones included, and deleted identities it remembers; past it, a
    /// create is refused.
    public var entitiesPerCollection: Int
    /// The size of one stored entity's compact JSON; a write that would store a larger one is refused.
    public var entityBytes: Int

    /// Limits for a test suite's needs: 64 sessions, 256 collections per session, 1,000 entities per
    /// collection, 64 KiB per entity.
    public init(sessions: Int = 64, collectionsPerSession: Int = 256, entitiesPerCollection: Int = 1_000, entityBytes: Int = 65_536) {
        self.sessions = max(sessions, 1)
        self.collectionsPerSession = max(collectionsPerSession, 1)
        self.entitiesPerCollection = max(entitiesPerCollection, 1)
        self.entityBytes = max(entityBytes, 1)
    }
}
