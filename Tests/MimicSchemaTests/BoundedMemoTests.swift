import Testing
@testable import MimicSchema

@Suite struct BoundedMemoTests {
    @Test func aValueIsWorkedOutOncePerKey() {
        let memo = BoundedMemo<String, Int>(capacity: 8)
        var made = 0
        for _ in 0..<3 {
            #expect(memo.value(for: "abc") { made += 1; return $0.count } == 3)
        }
        #expect(made == 1)
    }

    @Test func theMemoStartsOverPastItsCapacity() {
        let memo = BoundedMemo<Int, Int>(capacity: 3)
        for key in 0..<3 { _ = memo.value(for: key) { $0 * 2 } }
        #expect(memo.count == 3)
        #expect(memo.value(for: 3) { $0 * 2 } == 6)
        #expect(memo.count == 1)
        var made = 0
        #expect(memo.value(for: 0) { made += 1; return $0 * 2 } == 0)
        #expect(made == 1)
    }

    @Test func aKeyLongerThanTheLongestKeptIsWorkedOutEveryTime() {
        let memo = BoundedMemo<String, Int>(capacity: 8, longestKey: 4) { $0.utf8.count }
        var made = 0
        for _ in 0..<2 { _ = memo.value(for: "abcde") { made += 1; return $0.count } }
        _ = memo.value(for: "abcd") { $0.count }
        #expect(made == 2)
        #expect(memo.count == 1)
    }

    @Test func fieldReadingsKeepAtMostTheirCapacityAndNoLongName() {
        let readings = FieldReadings()
        let long = String(repeating: "x", count: FieldReadings.longestName + 1)
        #expect(readings.meaning(ofField: long + "_id", holder: nil, resource: "") == FieldMeaning(kind: .identifier, qualifier: [long]))
        #expect(readings.count == 0)
        for index in 0...FieldReadings.capacity {
            _ = readings.meaning(ofField: "field\(index)_id", holder: nil, resource: "")
        }
        #expect(readings.count == 1)
    }
}
