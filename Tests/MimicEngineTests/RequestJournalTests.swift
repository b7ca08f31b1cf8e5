import MimicContracts
import MimicHTTP
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct RequestJournalTests {
    static let request = HTTPRequest(method: "GET", target: "/api/backups?status=BOGUS")
    static let violation = Violation(
        location: .query, name: "status", code: "enum", message: "'BOGUS' is not one of the allowed values.",
        allowed: [.string("SUCCESS"), .string("FAILED")])

    /// A result of status 200 for `GET /api/backups`, with `violations`.
    static func result(violations: [Violation] = []) -> MockResult {
        MockResult(response: HTTPResponse(status: violations.isEmpty ? 200 : 422), operation: ContractFixture.seed.operation("GET", "/api/backups"), violations: violations)
    }

    @Test func keepsTheNewestThousandByDefault() {
        let journal = RequestJournal()
        for _ in 0..<1_001 {
            journal.record(Self.request, answeredWith: Self.result())
        }
        #expect(journal.capacity == 1_000)
        #expect(journal.entries.count == 1_000)
        #expect(journal.entries.first?.sequence == 2)
        #expect(journal.entries.last?.sequence == 1_001)
        #expect(journal.recordedCount == 1_001)
    }

    @Test func aSmallJournalKeepsTheNewestAndCountsOn() {
        let journal = RequestJournal(capacity: 3)
        for _ in 0..<5 {
            journal.record(Self.request, answeredWith: Self.result())
        }
        #expect(journal.entries.map(\.sequence) == [3, 4, 5])
        journal.clear()
        #expect(journal.entries.isEmpty)
        #expect(journal.record(Self.request, answeredWith: Self.result()).sequence == 6)
        #expect(journal.entries.map(\.sequence) == [6])
        #expect(journal.recordedCount == 6)
    }

    @Test func invalidRequestsAreCountedEvenWhenDroppedOrCleared() {
        let journal = RequestJournal(capacity: 1)
        journal.record(Self.request, answeredWith: Self.result(violations: [Self.violation]))
        journal.record(Self.request, answeredWith: Self.result())
        #expect(journal.entries.map(\.isInvalid) == [false])
        #expect(journal.invalidCount == 1)
        journal.clear()
        #expect(journal.invalidCount == 1)
    }

    @Test func concurrentRecordsAreAllCounted() async {
        let journal = RequestJournal()
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<50 {
                group.addTask {
                    for _ in 0..<200 {
                        journal.record(Self.request, answeredWith: Self.result(violations: task.isMultiple(of: 5) ? [Self.violation] : []))
                    }
                }
            }
        }
        #expect(journal.recordedCount == 10_000)
        #expect(journal.invalidCount == 2_000)
        #expect(journal.entries.map(\.sequence) == Array(9_001...10_000))
    }

    @Test func jsonListsEveryEntryWithItsOperationAndViolations() {
        let journal = RequestJournal()
        journal.record(Self.request, answeredWith: Self.result(violations: [Self.violation, Violation(location: .body, name: "", pointer: "/size", code: "type", message: "expected an integer")]))
        let posted = HTTPRequest(method: "POST", target: "/nowhere", headers: ["Authorization": "Bearer secret", "X-Tag": "a"], body: Array(#"{"a":1}"#.utf8))
        journal.record(posted, answeredWith: MockResult(response: HTTPResponse(status: 404), operation: nil))
        #expect(journal.json().serialized() == """
            {"requests":[\
            {"sequence":1,"method":"GET","target":"/api/backups?status=BOGUS","status":422,\
            "operation":{"method":"GET","path":"/api/backups","operationId":"listBackups"},\
            "violations":[{"location":"query","name":"status","pointer":"","code":"enum","message":"'BOGUS' is not one of the allowed values.","allowed":["SUCCESS","FAILED"]},\
            {"location":"body","name":"","pointer":"/size","code":"type","message":"expected an integer"}],"headers":[]},\
            {"sequence":2,"method":"POST","target":"/nowhere","status":404,"operation":null,"violations":[],\
            "headers":[{"name":"Authorization","value":"[redacted]"},{"name":"X-Tag","value":"a"}],"bodySize":7,"body":"{\\"a\\":1}"}],\
            "total":2,"invalid":1}
            """)
    }

    @Test func theFirstInvalidRequestsAreKeptWhateverClearForgets() {
        let journal = RequestJournal(capacity: 2, invalidCapacity: 3)
        #expect(RequestJournal().invalidCapacity == 1_000)
        journal.record(Self.request, answeredWith: Self.result())
        for _ in 0..<3 {
            journal.record(Self.request, answeredWith: Self.result(violations: [Self.violation]))
        }
        journal.clear()
        journal.recordRefusal(method: "BREW", target: "/", status: 501, reason: "The request method is not implemented.")
        #expect(journal.entries.map(\.sequence) == [5])
        #expect(journal.invalidEntries.map(\.sequence) == [2, 3, 4])
        #expect(journal.invalidCount == 4)
    }

    /// A `POST /x` with a body of 4 KiB: an entry weighing 256 + 4 + 2 + 4,096 = 4,358 bytes.
    static let heavy = HTTPRequest(method: "POST", target: "/x", body: [UInt8](repeating: 0x61, count: 4_096))

    @Test func theLatestEntriesAreKeptWithinTwoKibibytesAPlace() {
        let journal = RequestJournal(capacity: 10, invalidCapacity: 3)
        #expect(RequestJournal.entry(for: Self.heavy, answeredWith: Self.result()).weight == 4_358)
        for _ in 0..<10 {
            journal.record(Self.heavy, answeredWith: Self.result())
        }
        // 10 places of 2 KiB hold four entries of 4,358 bytes; light ones fill the rest up to the count.
        #expect(journal.entries.map(\.sequence) == [7, 8, 9, 10])
        for _ in 0..<10 {
            journal.record(Self.request, answeredWith: Self.result())
        }
        #expect(journal.entries.map(\.sequence) == Array(11...20))
        #expect(journal.recordedCount == 20)
    }

    @Test func theFirstInvalidEntriesAreKeptWithinTwoKibibytesAPlaceAndAllCounted() {
        let journal = RequestJournal(capacity: 10, invalidCapacity: 3)
        for _ in 0..<3 {
            journal.record(Self.heavy, answeredWith: Self.result(violations: [Self.violation]))
        }
        journal.record(Self.request, answeredWith: Self.result(violations: [Self.violation]))
        // 3 places of 2 KiB hold one heavy invalid entry (4,358 + 256 for its violation), then the light one.
        #expect(journal.invalidEntries.map(\.sequence) == [1, 4])
        #expect(journal.invalidCount == 4)
    }

    @Test func anEntryHeavierThanTheWholeJournalIsStillKeptAsTheLatest() {
        let journal = RequestJournal(capacity: 1)
        journal.record(Self.heavy, answeredWith: Self.result())
        #expect(journal.entries.map(\.bodySize) == [4_096])
    }
}
