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
    /// The routes of the contract set, compiled once.
    public let router: Router
    let generator: DataGenerator
    let schemas: SchemaRegistry
    /// What to infer for each operation of ``router``, by index, when its response declares no body.
    let inferences: [ResourceInference]
    /// Checks each routed request before it is answered.
    let validator: RequestValidator

    /// An engine for `contracts`, its data derived from `seed`; `strict` also refuses query parameters and form
    /// fields the contract does not declare.
    public init(contracts: ContractSet, seed: UInt64 = DataGenerator.defaultSeed, strict: Bool = false) {
        router = Router(operations: contracts.operations)
        generator = DataGenerator(seed: seed, schemas: contracts.schemas)
        schemas = contracts.schemas
        var catalog = ResourceCatalog(contracts.operations)
        inferences = contracts.operations.map { ResourceInference(for: $0, in: &catalog) }
        validator = RequestValidator(operations: router.operations, contracts: contracts, strict: strict)
    }

    /// The response for `request`, which operation answered (nil for 404 and 405), and every way the request
    /// broke the contract (an undeclared route or method is one violation).
    public func respond(to request: HTTPRequest) -> MockResult {
        switch router.route(method: request.method, path: request.path) {
        case .matched(let index, let pathParameters):
            if let report = validator.report(for: request, operation: index, pathParameters: pathParameters) {
                return MockResult(response: report.response(), operation: router.operations[index], violations: report.violations)
            }
            let response = answer(request, operation: index, pathParameters: pathParameters)
            return MockResult(response: response, operation: router.operations[index])
        case .methodNotAllowed(let allowed, let closest):
            return methodNotAllowed(request, allowed: allowed, closest: closest)
        case .notFound(let closest):
            return routeNotFound(request, closest: closest)
        }
    }
}
