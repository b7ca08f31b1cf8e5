import MimicContracts
import MimicEngine
import MimicHTTPTypes
import MimicSchema

/// Contract tests (`mimic verify`): for every selected operation, the requests ``ContractRequestBuilder`` makes,
/// sent to a server, each answer checked by the ``ResponseValidator``. A request that keeps the contract must get
/// an answer that keeps it; a negative one (breaking one rule) must get a 4xx, and a 4xx the operation declares
/// must keep its declaration (an undeclared 4xx refusal is accepted: contracts seldom declare them all).
///
/// Sending is the caller's (an ``HTTPClient`` on a real socket, or a function in a test), so checking needs no
/// network. Deterministic: the same contracts, seed and answers give the same exchanges in the same order.
public struct ContractVerifier: Sendable {
    /// Which operations are exercised, and how much.
    public struct Selection: Sendable {
        /// Only the operations with one of these `operationId`s; all when empty.
        public var operationIDs: [String]
        /// Only the operations with one of these tags; all when empty.
        public var tags: [String]
        /// Whether operations of the methods that change data (``writeMethods``) are sent; else they are skipped.
        public var allowWrites: Bool
        /// Whether the requests breaking one rule each are sent too.
        public var negative: Bool
        /// The most requests sent; the rest are counted as not sent.
        public var maxRequests: Int

        public init(operationIDs: [String] = [], tags: [String] = [], allowWrites: Bool = false, negative: Bool = false, maxRequests: Int = 1_000) {
            self.operationIDs = operationIDs
            self.tags = tags
            self.allowWrites = allowWrites
            self.negative = negative
            self.maxRequests = maxRequests
        }
    }

    /// The methods whose requests may change the server's data: sent only with ``Selection/allowWrites``.
    public static let writeMethods: Set<String> = ["POST", "PUT", "PATCH", "DELETE"]

    public let contracts: ContractSet
    public let builder: ContractRequestBuilder
    public let selection: Selection
    private let validator: ResponseValidator
    private let redaction: CredentialRedaction

    public init(contracts: ContractSet, builder: ContractRequestBuilder, selection: Selection = Selection()) {
        self.contracts = contracts
        self.builder = builder
        self.selection = selection
        validator = ResponseValidator(schemas: contracts.schemas)
        redaction = CredentialRedaction(contracts: contracts)
    }

    /// The operations selected by ``Selection/operationIDs`` and ``Selection/tags``, in the contract set's order.
    public var selectedOperations: [APIOperation] {
        contracts.operations.filter { operation in
            (selection.operationIDs.isEmpty || operation.operationId.map(selection.operationIDs.contains) == true)
                && (selection.tags.isEmpty || operation.tags.contains(where: selection.tags.contains))
        }
    }

    /// The requests to send, in order (each operation's conforming request, then its negative ones), at most
    /// ``Selection/maxRequests``; the selected operations skipped because they write; those no request can test
    /// (``ContractRequestBuilder/untestableReason(for:)``); and how many requests the limit left out.
    public func plan() -> (requests: [ContractRequest], skipped: [APIOperation], untestable: [UntestableOperation], notSent: Int) {
        var requests: [ContractRequest] = []
        var skipped: [APIOperation] = []
        var untestable: [UntestableOperation] = []
        for operation in selectedOperations {
            guard selection.allowWrites || !Self.writeMethods.contains(operation.method) else {
                skipped.append(operation)
                continue
            }
            if let reason = builder.untestableReason(for: operation) {
                untestable.append(UntestableOperation(operation: operation, reason: reason))
                continue
            }
            requests.append(builder.conformingRequest(for: operation))
            if selection.negative { requests += builder.refusedRequests(for: operation) }
        }
        let sent = Array(requests.prefix(max(0, selection.maxRequests)))
        return (sent, skipped, untestable, requests.count - sent.count)
    }

    /// Sends every planned request with `send` (to the server at `baseURL`, which the report names), in order, hands
    /// each exchange to `onExchange` as it completes, and returns the report.
    public func run(
        against baseURL: String, sending send: (HTTPRequest) throws -> HTTPResponse,
        onExchange: (VerificationExchange) -> Void = { _ in }
    ) -> VerificationReport {
        let (requests, skipped, untestable, notSent) = plan()
        var exchanges: [VerificationExchange] = []
        for request in requests {
            let exchange: VerificationExchange
            do {
                exchange = check(request, answer: try send(request.request))
            } catch {
                exchange = self.exchange(of: request, error: String(describing: error))
            }
            onExchange(exchange)
            exchanges.append(exchange)
        }
        return VerificationReport(baseURL: baseURL, seed: builder.seed, exchanges: exchanges, skipped: skipped, untestable: untestable, notSent: notSent)
    }

    /// What `answer` says of the server, for `request`.
    public func check(_ request: ContractRequest, answer: HTTPResponse) -> VerificationExchange {
        var exchange = self.exchange(of: request, error: nil)
        exchange.status = answer.status
        let report = validator.check(answer, of: request.operation)
        switch request.expectation {
        case .conforming:
            exchange.violations = report.violations
            exchange.omitted = report.omitted
        case .refusal:
            guard (400...499).contains(answer.status) else {
                exchange.violations = [Violation(
                    location: .responseStatus, name: "", code: .notRefused,
                    message: "the request breaks a rule of the contract, and was answered \(answer.status) rather than a 4xx")]
                return exchange
            }
            guard !report.violations.contains(where: { $0.code == .status }) else { return exchange }
            exchange.violations = report.violations
            exchange.omitted = report.omitted
        }
        return exchange
    }

    /// The exchange of `request` before its answer is judged: none yet, or `error` saying why none came.
    private func exchange(of request: ContractRequest, error: String?) -> VerificationExchange {
        VerificationExchange(
            operation: request.operation, method: request.request.method, target: redaction.redact(target: request.request.target),
            expectation: request.expectation, status: nil, violations: [], omitted: 0, error: error)
    }
}
