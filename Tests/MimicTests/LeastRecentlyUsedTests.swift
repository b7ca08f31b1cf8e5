import Testing
@testable import Mimic

/// The store behind the response cache drops the least recently used values first, by count and by bytes.
@Suite struct LeastRecentlyUsedTests {
    @Test func pastItsCountTheLeastRecentlyUsedValueIsDropped() {
        var store = LeastRecentlyUsed<String, Int>(capacity: 3, byteCapacity: 100)
        store.insert(1, for: "a", weight: 1)
        store.insert(2, for: "b", weight: 1)
        store.insert(3, for: "c", weight: 1)
        #expect(store.value(for: "a") == 1)
        store.insert(4, for: "d", weight: 1)
        #expect(store.keys == ["c", "a", "d"])
        #expect(store.value(for: "b") == nil)
        #expect(store.bytes == 3)
    }

    @Test func pastItsBytesTheLeastRecentlyUsedValuesAreDroppedAndAHeavierOneIsNotKept() {
        var store = LeastRecentlyUsed<String, Int>(capacity: 10, byteCapacity: 10)
        store.insert(1, for: "a", weight: 4)
        store.insert(2, for: "b", weight: 4)
        store.insert(3, for: "c", weight: 6)
        #expect(store.keys == ["b", "c"])
        #expect(store.bytes == 10)
        store.insert(4, for: "d", weight: 11)
        #expect(store.keys == ["b", "c"])
        store.insert(5, for: "b", weight: 1)
        #expect(store.keys == ["c", "b"])
        #expect(store.bytes == 7)
        #expect(store.value(for: "b") == 5)
    }

    @Test func droppedPlacesAreUsedAgain() {
        var store = LeastRecentlyUsed<Int, Int>(capacity: 2, byteCapacity: 100)
        for key in 0..<1_000 { store.insert(key, for: key, weight: 1) }
        #expect(store.keys == [998, 999])
        #expect(store.count == 2)
    }
}
