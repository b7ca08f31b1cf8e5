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

    public init(files: [String], contracts: [Contract], operations: [APIOperation], schemas: SchemaRegistry, diagnostics: [Diagnostic]) {
        self.files = files
        self.contracts = contracts
        self.operations = operations
        self.schemas = schemas
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
