/// Every contract of a load, merged into one route table.
public struct ContractSet: Sendable {
    /// Every file the load was given or found, in load order, whether it loaded or not.
    public var files: [String]
    /// The contracts that loaded, in file order.
    public var contracts: [Contract]
    /// The operations of all contracts, one per method and path shape, ordered by path then method.
    public var operations: [APIOperation]
    /// The schemas `$ref`s point at.
    public var schemas: SchemaRegistry
    /// Everything worth telling the user, ordered by file and position.
    public var diagnostics: [Diagnostic]
    /// Where the response examples that break their schema are declared, when the load checked them
    /// (``ContractLoader/exampleChecks``); nil when it did not, and whoever needs them checks them.
    public var brokenExamples: Set<SourceReference>?

    public init(
        files: [String], contracts: [Contract], operations: [APIOperation], schemas: SchemaRegistry, diagnostics: [Diagnostic],
        brokenExamples: Set<SourceReference>? = nil
    ) {
        self.files = files
        self.contracts = contracts
        self.operations = operations
        self.schemas = schemas
        self.diagnostics = diagnostics
        self.brokenExamples = brokenExamples
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
