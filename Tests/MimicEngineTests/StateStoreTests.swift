import MimicContracts
import Testing
@testable import MimicEngine

/// `StateStore` alone: what `/__mimic/state` shows stays bounded however much is stored.
@Suite struct StateStoreTests {
    @Test func theStateShownIsBoundedAndCountsTheRest() throws {
        let store = StateStore()
        _ = store.withSession("default") { session in
            var collection = EntityCollection(identifier: "id", seeded: (0..<150).map { .object([JSONMember("id", .integer($0))]) })
            for identity in 0..<100 { collection.delete(String(identity)) }
            (0..<3).forEach { session.store(collection, at: "/things/\($0)") }
        }
        let shown = store.json(session: nil).serialized()
        #expect(shown.contains(#"{"path":"/things/0","count":50,"entities":["#))
        #expect(shown.contains(#""deleted":["0","1","2","#))
        #expect(shown.contains(#"{"path":"/things/1","count":50,"entities":[{"id":100},"#))
        #expect(shown.contains(#"{"id":149}],"deleted":[],"deletedOmitted":100},{"path":"/things/2""#))
        #expect(shown.contains(#"{"path":"/things/2","count":50,"entities":[],"omitted":50,"deleted":[],"deletedOmitted":100}"#))
        #expect(shown.utf8.count < 5_000)
    }
}
