import Foundation
import MimicContracts
import MimicEngine
import MimicHTTP

/// Everything Mimic answers, as a function from request to response: the admin endpoints, then the
/// contracts' operations. Shared by ``MockServer`` (over a socket), ``MockURLProtocol`` (in process)
/// and `mimic example` (on the command line).
public struct MockService: Sendable {
    public let contracts: ContractSet
    public let engine: MockEngine
    private let admin: AdminEndpoints

    public init(contracts: ContractSet, seed: UInt64) {
        self.contracts = contracts
        engine = MockEngine(contracts: contracts, seed: seed)
        admin = AdminEndpoints(contracts: contracts)
    }

    /// The response to `request` and the operation that gave it (nil for admin endpoints, 404 and 405).
    public func respond(to request: HTTPRequest) -> MockResult {
        if let response = admin.respond(to: request) {
            return MockResult(response: response, operation: nil)
        }
        return engine.respond(to: request)
    }

    /// Answers `request`, then hands `log` an entry for it (timed with the monotonic clock, which
    /// touches no response data).
    func respond(to request: HTTPRequest, log: (@Sendable (RequestLogEntry) -> Void)?) -> HTTPResponse {
        guard let log else { return respond(to: request).response }
        let started = DispatchTime.now().uptimeNanoseconds
        let result = respond(to: request)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let operation = result.operation.map { $0.operationId ?? "\($0.method) \($0.path)" }
        log(RequestLogEntry(method: request.method, target: request.target, status: result.response.status, operation: operation, milliseconds: elapsed))
        return result.response
    }
}
