import MimicContracts
import Synchronization

/// The state of a stateful mock: one ``SessionState`` per session name, in memory only, bounded by
/// ``StateLimits``. Shared by every connection the server serves at once; each request's reads and writes
/// happen under one lock, so they apply in the order requests arrive and never interleave.
public final class StateStore: Sendable {
    /// The session of requests without `Mimic-Session`.
    public static let defaultSession = "default"
    /// How many entities and deleted identities ``json(session:)`` shows in all; the others are counted.
    static let shownEntities = 200

    public let limits: StateLimits
    private let storage = Mutex(Storage())

    private struct Storage {
        var sessions: [String: SessionState] = [:]
        /// Session names, least recently used first.
        var recency: [String] = []
    }

    public init(limits: StateLimits = StateLimits()) {
        self.limits = limits
    }

    /// Runs `body` on session `name`'s state (empty when new) and keeps what it leaves. A new session past
    /// ``StateLimits/sessions`` drops the least recently used one (never the default session): its name is
    /// returned beside `body`'s result.
    func withSession<Result: Sendable>(_ name: String, _ body: (inout SessionState) -> Result) -> (result: Result, dropped: String?) {
        storage.withLock { storage in
            var dropped: String?
            if storage.sessions[name] == nil, storage.recency.count >= limits.sessions,
               let oldest = storage.recency.first(where: { $0 != Self.defaultSession && $0 != name }) {
                storage.sessions[oldest] = nil
                storage.recency.removeAll { $0 == oldest }
                dropped = oldest
            }
            storage.recency.removeAll { $0 == name }
            storage.recency.append(name)
            var session = storage.sessions[name] ?? SessionState()
            let result = body(&session)
            storage.sessions[name] = session
            return (result, dropped)
        }
    }

    /// Forgets what session `name` changed (every session's, when nil): reads answer the seeded state again.
    public func reset(session name: String?) {
        storage.withLock { storage in
            guard let name else {
                storage = Storage()
                return
            }
            storage.sessions[name] = nil
            storage.recency.removeAll { $0 == name }
        }
    }

    /// The names of the sessions kept, least recently used first.
    public var sessionNames: [String] {
        storage.withLock { $0.recency }
    }

    /// The stored state as JSON (session `name`'s, else every session's, least recently used first): for each
    /// collection written to, its path, entity count, the entities and the deleted identities (at most
    /// ``shownEntities`` of them in all, the rest counted in `omitted` and `deletedOmitted`).
    public func json(session name: String?) -> JSONValue {
        storage.withLock { storage in
            var budget = Self.shownEntities
            let names = name.map { [$0] } ?? storage.recency
            let sessions = names.map { name in
                let session = storage.sessions[name] ?? SessionState()
                let collections = session.paths.compactMap { path -> JSONValue? in
                    guard let collection = session.collection(path) else { return nil }
                    let shown = collection.entries.prefix(max(budget, 0))
                    budget -= shown.count
                    var members = [
                        JSONMember("path", .string(path)),
                        JSONMember("count", .integer(collection.entries.count)),
                        JSONMember("entities", .array(shown.map(\.entity))),
                    ]
                    if shown.count < collection.entries.count {
                        members.append(JSONMember("omitted", .integer(collection.entries.count - shown.count)))
                    }
                    let deleted = collection.deleted.prefix(max(budget, 0))
                    budget -= deleted.count
                    members.append(JSONMember("deleted", .array(deleted.map(JSONValue.string))))
                    if deleted.count < collection.deleted.count {
                        members.append(JSONMember("deletedOmitted", .integer(collection.deleted.count - deleted.count)))
                    }
                    return .object(members)
                }
                return JSONValue.object([JSONMember("name", .string(name)), JSONMember("collections", .array(collections))])
            }
            return .object([
                JSONMember("sessions", .array(sessions)),
                JSONMember("limits", .object([
                    JSONMember("sessions", .integer(limits.sessions)),
                    JSONMember("collectionsPerSession", .integer(limits.collectionsPerSession)),
                    JSONMember("entitiesPerCollection", .integer(limits.entitiesPerCollection)),
                    JSONMember("entityBytes", .integer(limits.entityBytes)),
                ])),
            ])
        }
    }
}
