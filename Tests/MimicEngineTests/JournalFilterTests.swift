import MimicContracts
@testable import MimicHTTPTypes
import MimicTestSupport
import Testing
@testable import MimicEngine

/// The filters of `/__mimic/requests`: each given must match, and a query that is not a filter is refused.
@Suite struct JournalFilterTests {
    static let listBackups = ContractFixture.seed.operation("GET", "/api/backups")

    static func entry(_ sequence: Int, _ method: String, _ target: String, _ status: Int, invalid: Bool = false) -> JournalEntry {
        let violations = invalid ? [Violation(location: .query, name: "status", code: "enum", message: "not allowed")] : []
        return JournalEntry(
            sequence: sequence, method: method, target: target, status: status,
            operation: target.hasPrefix("/api/backups") ? listBackups : nil, violations: violations)
    }

    static let entries = [
        entry(1, "GET", "/api/backups?status=SUCCESS", 200),
        entry(2, "GET", "/api/backups?status=BOGUS", 422, invalid: true),
        entry(3, "POST", "/api/3/stacks/x/backups", 201),
        entry(4, "DELETE", "/nowhere", 404, invalid: true),
    ]

    static func sequences(_ query: String) throws -> [Int] {
        let filter = try JournalFilter(query: query)
        return entries.filter(filter.matches).map(\.sequence)
    }

    @Test func eachFilterSelectsItsEntries() throws {
        #expect(try Self.sequences("") == [1, 2, 3, 4])
        #expect(try Self.sequences("operationId=listBackups") == [1, 2])
        #expect(try Self.sequences("method=post") == [3])
        #expect(try Self.sequences("path=/api/3") == [3])
        #expect(try Self.sequences("path=/api/backups?status") == [])
        #expect(try Self.sequences("status=422") == [2])
        #expect(try Self.sequences("status=4xx") == [2, 4])
        #expect(try Self.sequences("invalid=true") == [2, 4])
        #expect(try Self.sequences("invalid=false") == [1, 3])
        #expect(try Self.sequences("since=3") == [3, 4])
    }

    @Test func filtersCombine() throws {
        #expect(try Self.sequences("operationId=listBackups&invalid=false") == [1])
        #expect(try Self.sequences("method=GET&status=2XX&since=2") == [])
    }

    @Test func aQueryThatIsNotAFilterIsRefusedWithAReason() {
        let cases = [
            ("bogus=1", "The query parameter 'bogus' is not a filter; the filters are operationId, method, path, status, invalid and since."),
            ("method=GET&method=POST", "The query parameter 'method' is given more than once."),
            ("status=42", "The query parameter 'status' is a status code such as 422 or a class such as 4xx, not '42'."),
            ("status=6xx", "The query parameter 'status' is a status code such as 422 or a class such as 4xx, not '6xx'."),
            ("invalid=yes", "The query parameter 'invalid' is true or false, not 'yes'."),
            ("since=-1", "The query parameter 'since' is a sequence number (a whole number), not '-1'."),
            ("path=%ZZ", "The query parameter 'path' cannot be read: '%ZZ' is not a percent-encoding; write a byte as % and two hexadecimal digits, and % itself as %25."),
        ]
        for (query, message) in cases {
            #expect(throws: JournalFilter.Error(message: message), "\(query)") { try JournalFilter(query: query) }
        }
    }
}
