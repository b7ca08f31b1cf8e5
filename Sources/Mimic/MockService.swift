import Foundation
import MimicContracts
import MimicEngine
import MimicHTTPTypes

/// Everything Mimic answers, as a function from request to response: the admin endpoints, then the
/// contracts' operations. Shared by ``MockServer`` (over a socket), ``MockURLProtocol`` (in process)
/// and `mimic example` (on the command line).
public struct MockService: Sendable {
    public let contracts: ContractSet
    public let engine: MockEngine
    /// Whether requests are checked strictly (undeclared query parameters and form fields are violations too).
    public let strict: Bool
    /// Every request answered from the contracts (admin requests are not journaled).
    public let journal: RequestJournal
    private let admin: AdminEndpoints
    private let redaction: CredentialRedaction

    /// A service for `contracts`, generating from `seed`, journaling into `journal`.
    public init(contracts: ContractSet, seed: UInt64, strict: Bool = false, journal: RequestJournal = RequestJournal()) {
        self.contracts = contracts
        engine = MockEngine(contracts: contracts, seed: seed, strict: strict)
        self.strict = strict
        self.journal = journal
        admin = AdminEndpoints(contracts: contracts, strict: strict, journal: journal)
        redaction = CredentialRedaction(contracts: contracts)
    }

    /// The response to `request`, the operation that gave it (nil for admin endpoints, 404 and 405) and the
    /// request's violations; every request but an admin one goes to the ``journal``.
    public func respond(to request: HTTPRequest) -> MockResult {
        answer(request).result
    }

    /// Answers `request`, then hands `log` its entry.
    func respond(to request: HTTPRequest, log: (@Sendable (JournalEntry) -> Void)?) -> HTTPResponse {
        let (result, entry) = answer(request)
        log?(entry)
        return result.response
    }

    /// The answer to `request` and its entry: the one the ``journal`` recorded, or for an admin request (not
    /// journaled) one numbered 0. Timed with the monotonic clock, which touches no response data.
    private func answer(_ request: HTTPRequest) -> (result: MockResult, entry: JournalEntry) {
        let started = DispatchTime.now().uptimeNanoseconds
        let admin = self.admin.respond(to: request)
        let result = admin.map { MockResult(response: $0, operation: nil) } ?? engine.respond(to: request)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        guard admin == nil else {
            let entry = JournalEntry(
                sequence: 0, method: request.method, target: request.target, status: result.response.status,
                operation: nil, violations: [], milliseconds: milliseconds)
            return (result, entry)
        }
        return (result, journal.record(request, answeredWith: result, milliseconds: milliseconds, redaction: redaction))
    }
}
