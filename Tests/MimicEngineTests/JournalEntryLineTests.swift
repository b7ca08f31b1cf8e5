import Testing
@testable import MimicEngine

/// The log line of an entry, written as bytes, spells its time as Swift spells the rounded `Double`.
@Suite struct JournalEntryLineTests {
    static func spelled(_ milliseconds: Double) -> String {
        var bytes: [UInt8] = []
        JournalEntry.append(milliseconds: milliseconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func theTimeIsSpelledAsTheRoundedDoubleIs() {
        #expect(["0.0ms", "0.01ms", "0.2ms", "0.21ms", "3.0ms", "60000.0ms", "12.35ms"] == [0, 0.0099, 0.2, 0.214, 3, 60_000, 12.345_6].map(Self.spelled))
        var value = 0.000_7
        while value < 1e9 {
            #expect(Self.spelled(value) == "\((value * 100).rounded() / 100)ms")
            value *= 1.013
        }
    }

    @Test func aLineNamesTheRequestItsStatusOperationAndTime() {
        let entry = JournalEntry(
            sequence: 1, method: "GET", target: "/api/backups?status=SUCCESS", status: 200, operation: nil, violations: [],
            milliseconds: 0.314, forced: "chaos code=503")
        #expect(entry.line == "GET /api/backups?status=SUCCESS 200 - 0.31ms (forced: chaos code=503)")
    }
}
