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

    /// A service for `contracts`, generating from `seed`, journaling into `journal`.
    public init(contracts: ContractSet, seed: UInt64, strict: Bool = false, journal: RequestJournal = RequestJournal()) {
        self.contracts = contracts
        engine = MockEngine(contracts: contracts, seed: seed, strict: strict)
        self.strict = strict
        self.journal = journal
        admin = AdminEndpoints(contracts: contracts, strict: strict, journal: journal)
    }

    /// The response to `request`, the operation that gave it (nil for admin endpoints, 404 and 405) and the
    /// request's violations; every request but an admin one goes to the ``journal``.
    public func respond(to request: HTTPRequest) -> MockResult {
        if let response = admin.respond(to: request) {
            return MockResult(response: response, operation: nil)
        }
        let result = engine.respond(to: request)
        journal.record(request, answeredWith: result)
        return result
    }

    /// Answers `request`, then hands `log` an entry for it (timed with the monotonic clock, which
    /// touches no response data).
    func respond(to request: HTTPRequest, log: (@Sendable (RequestLogEntry) -> Void)?) -> HTTPResponse {
        guard let log else { return respond(to: request).response }
        let started = DispatchTime.now().uptimeNanoseconds
        let result = respond(to: request)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let operation = result.operation.map { $0.operationId ?? "\($0.method) \($0.path)" }
        log(RequestLogEntry(
            method: request.method, target: request.target, status: result.response.status, operation: operation,
            milliseconds: elapsed, violations: result.violations.count))
        return result.response
    }
}
