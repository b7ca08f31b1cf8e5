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
    /// Every request answered from the contracts (admin requests and CORS preflights are not journaled).
    public let journal: RequestJournal
    /// What the requests answered from the contracts exercised of them (admin requests and CORS preflights are
    /// not counted).
    public let coverage: CoverageRecorder
    /// Whether a request with `Origin` is answered for CORS (see ``CORSFields``), preflights included.
    public let cors: Bool
    /// The real server requests are forwarded to, their answers checked (see ``MockEngine/proxy(_:forward:)``),
    /// instead of being answered from the contracts; nil to answer from the contracts.
    public let upstream: Upstream?
    /// The answers kept for requests seen before (see ``ResponseCache``); nil when every request is answered
    /// afresh: when asked, and always for a stateful or proxying service.
    public let responseCache: ResponseCache?
    private let admin: AdminEndpoints
    private let redaction: CredentialRedaction

    /// A service for `contracts`, generating from `seed`, journaling into `journal`, answering CORS unless
    /// `cors` is false, delaying and failing answers as `disturbance` says, generating bodies rather than
    /// answering examples when `dynamic`, refusing with a 500 to answer a body that breaks its schema when
    /// `errors`, wording its own problems as `problems` says, checking every declared answer, journaling what it
    /// breaks, when `validateResponses`, and keeping what clients create, change and delete in `state` when given
    /// (see ``MockEngine``); with an `upstream`, forwarding every request there instead, both request and answer
    /// checked (and with `errors`, refused when either breaks the contracts). Unless stateful or proxying, it keeps
    /// finished answers within `responseCache` (nil for none), which changes no byte of any answer nor entry.
    public init(
        contracts: ContractSet, seed: UInt64, strict: Bool = false, journal: RequestJournal = RequestJournal(),
        cors: Bool = true, disturbance: Disturbance = Disturbance(), dynamic: Bool = false, errors: Bool = false,
        problems: ProblemStyle = .mimic, validateResponses: Bool = false, state: StateStore? = nil, upstream: Upstream? = nil,
        responseCache: ResponseCache.Limits? = ResponseCache.Limits()
    ) {
        self.contracts = contracts
        engine = MockEngine(
            contracts: contracts, seed: seed, strict: strict, disturbance: disturbance, dynamic: dynamic, errors: errors,
            problems: problems, validateResponses: validateResponses, state: state)
        self.strict = strict
        self.journal = journal
        coverage = CoverageRecorder(router: engine.router)
        self.cors = cors
        self.upstream = upstream
        self.responseCache = state == nil && upstream == nil ? responseCache.map(ResponseCache.init) : nil
        admin = AdminEndpoints(contracts: contracts, strict: strict, journal: journal, coverage: coverage, state: state)
        redaction = CredentialRedaction(contracts: contracts)
    }

    /// The response to `request`, the operation that gave it (nil for admin endpoints, 404 and 405) and the
    /// request's violations; every request but an admin one goes to the ``journal`` and the ``coverage``.
    public func respond(to request: HTTPRequest) -> MockResult {
        answer(request) { $0 }.part
    }

    /// Answers `request`, then hands `log` its entry.
    func respond(to request: HTTPRequest, log: (@Sendable (JournalEntry) -> Void)?) -> HTTPResponse {
        let (response, entry) = answer(request) { $0.response }
        log?(entry)
        return response
    }

    /// The answer to `request` and its entry: the one the ``journal`` recorded, or for an admin request or a
    /// preflight (not journaled) one numbered 0. With `Origin` (and ``cors``), a preflight's answer or the answer
    /// readable from that origin. Timed with the monotonic clock, which touches no response data. Returns the
    /// `part` of the result its caller needs, so that an answer from the cache is not copied whole.
    private func answer<Part>(_ request: HTTPRequest, _ part: (MockResult) -> Part) -> (part: Part, entry: JournalEntry) {
        let started = DispatchTime.now().uptimeNanoseconds
        let origin = cors ? request.headers["Origin"] : nil
        if let origin, CORSFields.isPreflight(request), let methods = methodsForPreflight(path: request.path) {
            let result = MockResult(response: CORSFields.preflight(request, origin: origin, methods: methods), operation: nil)
            return (part(result), unjournaled(request, result, since: started))
        }
        if let response = admin.respond(to: request) {
            let result = MockResult(response: origin.map { CORSFields.exposing(response, to: $0) } ?? response, operation: nil)
            return (part(result), unjournaled(request, result, since: started))
        }
        let key = responseCache?.key(for: request)
        if let key, let cached = responseCache?.answer(for: key) {
            return answerAgain(cached, part, since: started)
        }
        var result = upstream.map { engine.proxy(request, forward: $0.forward) } ?? engine.respond(to: request)
        if let origin { result.response = CORSFields.exposing(result.response, to: origin) }
        coverage.record(result)
        let entry = RequestJournal.entry(for: request, answeredWith: result, redaction: redaction)
        if let key, let responseCache { result = responseCache.keep(result, entry: entry, for: key) }
        return (part(result), journal.record(entry, milliseconds: Self.milliseconds(since: started)))
    }

    /// The `part` of a kept answer and its entry as the ``journal`` recorded it, the answer counted in the
    /// ``coverage``. Apart, and never inlined, because there the answer's result and entry are borrowed from it,
    /// where the optimizer copies them from an optional binding (some thirty reference counts per request).
    @inline(never)
    private func answerAgain<Part>(
        _ cached: CachedAnswer, _ part: (MockResult) -> Part, since started: UInt64
    ) -> (part: Part, entry: JournalEntry) {
        coverage.record(cached.result)
        return (part(cached.result), journal.record(cached.entry, milliseconds: Self.milliseconds(since: started)))
    }

    /// The methods a preflight for `path` is answered with: those of the admin endpoint, or those the
    /// contracts declare for the path; nil when the path is unknown, or declares `OPTIONS` itself (the
    /// preflight is then answered as any request).
    private func methodsForPreflight(path: String) -> [String]? {
        if let methods = AdminEndpoints.methods(forPath: path) { return methods }
        guard case .methodNotAllowed(let allowed, _) = engine.router.route(method: "OPTIONS", path: path) else { return nil }
        return allowed
    }

    /// The entry, numbered 0, of a request the journal does not keep (an admin request, a preflight).
    private func unjournaled(_ request: HTTPRequest, _ result: MockResult, since started: UInt64) -> JournalEntry {
        JournalEntry(
            sequence: 0, method: request.method, target: request.target, status: result.response.status,
            operation: nil, violations: [], milliseconds: Self.milliseconds(since: started))
    }

    private static func milliseconds(since started: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
    }
}
