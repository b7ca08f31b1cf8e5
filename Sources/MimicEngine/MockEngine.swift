import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// Answers HTTP requests as a contract set declares, without sockets: routes the request, refuses it with a
/// report of every violation when it breaks the contract, else picks the declared
/// response (or the one `Prefer` asks for), negotiates its media type against `Accept`, and writes a body
/// from the declared example, else from the schema, else from what the contract reveals about the resource.
///
/// Everything is decided in `init`, so answering is a pure function of the request: the same contract set,
/// seed and request give the same bytes, in any process.
public struct MockEngine: Sendable {
    /// The routes of the contract set, each operation compiled once.
    public let router: Router
    let generator: DataGenerator
    let schemas: SchemaRegistry
    /// Checks each routed request before it is answered.
    let validator: RequestValidator
    /// Checks responses against the operations they answer: Mimic's own (`--errors`, `--validate-responses`),
    /// or a real provider's.
    public let responseValidator: ResponseValidator
    /// The seed, for the choices made about each request (see ``Disturbance``).
    let seed: UInt64
    /// The delay and chaos added to every answer.
    public let disturbance: Disturbance
    /// Whether bodies are generated from their schemas even where the contract gives an example, unless
    /// `Prefer: dynamic=false` asks for the example (Prism's `--dynamic`).
    public let dynamic: Bool
    /// Whether an answer that breaks its declared response (a JSON body breaking its schema, say) is replaced
    /// with a 500 problem listing the violations (Prism's `--errors`).
    public let errors: Bool
    /// Whose words Mimic's own problems are in (see ``ProblemStyle``).
    public let problems: ProblemStyle
    /// Whether every answer given as the contract declares it (not Mimic's own problems, failures forced on
    /// purpose) is checked by the ``responseValidator``, what it breaks reported in
    /// ``MockResult/responseViolations`` as Mimic's own fault (`--validate-responses`).
    public let validateResponses: Bool
    /// What clients created, changed and deleted, when the mock is stateful (see ``StatefulExchange``); nil
    /// for a stateless mock.
    public let state: StateStore?

    /// An engine for `contracts`, its data derived from `seed`; `strict` also refuses query parameters and form
    /// fields the contract does not declare; `disturbance` delays answers and fails some on purpose; `dynamic`
    /// generates bodies rather than answer examples; `errors` refuses to answer a body that breaks its schema;
    /// `problems` words Mimic's own problems; `validateResponses` checks every declared answer and reports what it
    /// breaks; `state`, when given, keeps what clients create, change and delete.
    public init(
        contracts: ContractSet, seed: UInt64 = DataGenerator.defaultSeed, strict: Bool = false,
        disturbance: Disturbance = Disturbance(), dynamic: Bool = false, errors: Bool = false, problems: ProblemStyle = .mimic,
        validateResponses: Bool = false,
        state: StateStore? = nil
    ) {
        router = Router(contracts: contracts)
        let entityResources = EntitySchemas.resources(of: router.routes, generator: DataGenerator(seed: seed, schemas: contracts.schemas))
        generator = DataGenerator(seed: seed, schemas: contracts.schemas, entityResources: entityResources)
        schemas = contracts.schemas
        validator = RequestValidator(schemas: contracts.schemas, strict: strict)
        responseValidator = ResponseValidator(schemas: contracts.schemas)
        self.seed = seed
        self.disturbance = disturbance
        self.dynamic = dynamic
        self.errors = errors
        self.problems = problems
        self.validateResponses = validateResponses
        self.state = state
    }

    /// The response for `request`, which operation answered (nil for 404 and 405), and every way the request
    /// broke the contract (an undeclared route or method is one violation). A valid request may be answered
    /// with a ``ForcedFailure`` instead (``MockResult/forced``), and any answer may carry a delay.
    public func respond(to request: HTTPRequest) -> MockResult {
        var preference: PreferHeader?
        var result: MockResult
        switch router.route(method: request.method, path: request.path) {
        case .matched(let route, let pathParameters):
            let decoded = DecodedRequest(request, pathParameters: pathParameters)
            preference = decoded.preference
            if let report = validator.report(for: decoded, operation: route) {
                let declared = declaredRefusal(report, to: decoded, operation: route)
                result = MockResult(
                    response: declared?.response ?? report.response(style: problems), operation: route.operation, violations: report.violations,
                    responseViolations: declared?.faults ?? [])
            } else if let (failure, byChaos) = forcedFailure(for: decoded) {
                let response = answer(decoded, operation: route, forcing: failure, byChaos: byChaos)
                result = MockResult(response: response, operation: route.operation, forced: (byChaos ? "chaos " : "") + failure.description)
            } else if let state, let (response, dropped, faults) = statefulAnswer(to: decoded, operation: route, state: state) {
                result = MockResult(response: response, operation: route.operation, responseViolations: faults)
                result.note = dropped.map { "state: session '\($0)' dropped, the least recently used past \(state.limits.sessions) sessions" }
            } else {
                do {
                    let checked = selfChecked(try declaredAnswer(decoded, operation: route, code: decoded.preference.code), of: route.operation)
                    result = MockResult(response: checked.response, operation: route.operation, responseViolations: checked.faults)
                } catch {
                    result = MockResult(response: error.response(style: problems), operation: route.operation)
                }
            }
            result.usage = RequestUsage(decoded, route: route)
        case .methodNotAllowed(let allowed, let closest):
            result = methodNotAllowed(request, allowed: allowed, closest: closest)
        case .notFound(let closest):
            result = routeNotFound(request, closest: closest)
        }
        result.response.delay = delay(for: request, preference: preference)
        return result
    }
}
