import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// What a failed expectation on the journal prints: one readable line per entry and per violation.
@Suite struct JournalEntryDescriptionTests {
    @Test func aViolationSaysWhereAndWhy() {
        let query = Violation(location: .query, name: "status", code: "enum", message: #""BOGUS" is not one of SUCCESS, FAILED"#)
        #expect(query.description == #"query status: "BOGUS" is not one of SUCCESS, FAILED"#)
        let item = Violation(location: .query, name: "kinds", pointer: "/1", code: "type", message: "expected an integer (int64), found \"x\"")
        #expect(item.description == #"query kinds/1: expected an integer (int64), found "x""#)
        let body = Violation(location: .body, name: "", pointer: "/items/0/id", code: "required", message: "'id' is required")
        #expect(body.description == "body /items/0/id: 'id' is required")
        let wholeBody = Violation(location: .body, name: "", code: "required", message: "a body is required")
        #expect(wholeBody.description == "body: a body is required")
    }

    @Test func anInvalidEntryListsItsViolationsOnOneLine() {
        let entry = JournalEntry(
            sequence: 3, method: "GET", target: "/api/backups?status=BOGUS&page=x", status: 422,
            operation: ContractFixture.seed.operation("GET", "/api/backups"),
            violations: [
                Violation(location: .query, name: "status", code: "enum", message: #""BOGUS" is not one of SUCCESS, FAILED"#),
                Violation(location: .query, name: "page", code: "type", message: #"expected an integer (int64), found "x""#),
            ])
        #expect("\(entry)" == #"GET /api/backups?status=BOGUS&page=x → 422: query status: "BOGUS" is not one of SUCCESS, FAILED; query page: expected an integer (int64), found "x""#)
        #expect("\([entry])" == "[\(entry)]")
    }

    @Test func aValidEntryIsItsRequestAndStatus() {
        let entry = JournalEntry(sequence: 1, method: "DELETE", target: "/api/backups/7", status: 204, operation: nil, violations: [])
        #expect(entry.description == "DELETE /api/backups/7 → 204")
    }

    @Test func aRefusedEntrySaysWhy() {
        let entry = JournalEntry(
            sequence: 2, method: "", target: "", status: 400, operation: nil, violations: [],
            refusal: "The request line is malformed.")
        #expect(entry.description == "- - → 400: refused: The request line is malformed.")
    }
}
