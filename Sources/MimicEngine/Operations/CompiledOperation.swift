import MimicContracts
import MimicSchema

/// One operation of a contract set with everything answering it needs, worked out once when the engine
/// starts: its path parameters' names, the rules a request must keep, what to infer when its response
/// declares no body, and the resource its generated data belongs to. The router hands it back for a request.
///
/// Two compiled operations are equal when they answer the same method and path shape (``APIOperation/key``),
/// which is unique in a contract set. A class, so that handing the route around on every request costs one
/// reference count, not a copy of everything it holds.
public final class CompiledOperation: Sendable {
    /// The operation as the contract declares it.
    public let operation: APIOperation
    /// The path parameters' names, in path order.
    let pathParameterNames: [String]
    /// What a request must keep.
    let rules: OperationRules
    /// The success body to infer when the chosen response declares none.
    let inference: ResourceInference
    /// The collection or item of a resource the operation reaches, nil for other operations.
    let access: ResourceAccess?
    /// The resource of the operation's generation scopes: the name of the resource it reaches or infers
    /// (`backup_definitions` for `/v1/backup_definitions/{id}`), else its path with the parameters dropped
    /// (`/v1/token`).
    let resource: String
    /// The operation's position in the contract set (and the route table).
    let position: Int
    /// What coverage counts of it.
    let coverage: CoveragePlan
    /// Where its response examples that break their schema are declared (see ``ExampleConformance``): those the
    /// load found in the whole set, when it checked them, else those found here.
    let brokenExamples: Set<SourceReference>

    private init(
        operation: APIOperation, pathParameterNames: [String], rules: OperationRules, inference: ResourceInference, access: ResourceAccess?,
        resource: String, position: Int, coverage: CoveragePlan, brokenExamples: Set<SourceReference>
    ) {
        self.operation = operation
        self.pathParameterNames = pathParameterNames
        self.rules = rules
        self.inference = inference
        self.access = access
        self.resource = resource
        self.position = position
        self.coverage = coverage
        self.brokenExamples = brokenExamples
    }

    /// Every operation of `contracts`, compiled, in the contract set's order.
    static func compile(_ contracts: ContractSet) -> [CompiledOperation] {
        var catalog = ResourceCatalog(contracts.operations)
        let validator = SchemaValidator(schemas: contracts.schemas)
        // The rules and coverage of an operation depend on it alone: worked out on two threads, a start's largest
        // share of compiling.
        let checks = HelpedMap.map(contracts.operations) { operation in
            let rules = OperationRules(operation, in: contracts)
            return (rules: rules, coverage: CoveragePlan(operation, rules: rules, schemas: contracts.schemas))
        }
        return contracts.operations.enumerated().map { position, operation in
            let (rules, coverage) = checks[position]
            let inference = ResourceInference(for: operation, in: &catalog)
            let access = ResourceAccess(for: operation, in: &catalog)
            let literalPath = "/" + operation.path.segments.compactMap { if case .literal(let text) = $0 { text } else { nil } }.concatenated(separator: "/")
            return CompiledOperation(
                operation: operation,
                pathParameterNames: operation.path.parameterNames,
                rules: rules,
                inference: inference,
                access: access,
                resource: access?.resource.name ?? inference.resource?.name ?? literalPath,
                position: position,
                coverage: coverage,
                brokenExamples: contracts.brokenExamples ?? ExampleConformance.brokenSources(of: operation, validator: validator))
        }
    }
}

extension CompiledOperation: Equatable {
    public static func == (left: CompiledOperation, right: CompiledOperation) -> Bool {
        left.operation.key == right.operation.key
    }
}
