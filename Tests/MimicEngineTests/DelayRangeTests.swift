import Testing
@testable import MimicEngine

/// How `--delay` and `Prefer: delay=` are spelled.
@Suite struct DelayRangeTests {
    @Test(arguments: [
        ("200", "200ms"), ("200ms", "200ms"), ("2s", "2000ms"), ("1.5s", "1500ms"), ("0", "0ms"),
        ("50ms-400ms", "50ms-400ms"), ("50-400", "50ms-400ms"), (" 1s - 2s ", "1000ms-2000ms"), ("60s", "60000ms"),
    ])
    func aDelayIsMillisecondsOrSecondsAndARangeTwoOfThem(text: String, read: String) {
        #expect(DelayRange(text)?.description == read)
    }

    @Test(arguments: ["", "-5", "fast", "2m", "60.001s", "1e3", "400-50", "1-2-3", "ms", ".5s", "nan", "5 ms"])
    func anythingElseIsNoDelay(text: String) {
        #expect(DelayRange(text) == nil)
    }

    @Test func aRangesPickStaysInsideIt() {
        let range = DelayRange(lowerMilliseconds: 10, upperMilliseconds: 12)!
        let picks = Set((0..<64).map { range.delay(for: UInt64($0)) })
        #expect(picks == [.milliseconds(10), .milliseconds(11), .milliseconds(12)])
        #expect(DelayRange(lowerMilliseconds: 0, upperMilliseconds: 60_001) == nil)
    }
}
