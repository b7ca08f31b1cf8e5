/// What one contract document declares, in Mimic's format-neutral terms.
public struct Contract: Sendable {
    /// The file it was read from, as the user named it.
    public var file: String
    public var format: ContractFormat
    public var title: String?
    public var version: String?
    /// The prefix every path of this contract is served under (`/` when none).
    public var basePath: PathTemplate
    /// Operations in declared order, each path already under ``basePath``.
    public var operations: [APIOperation]
    public var securitySchemes: [SecurityScheme]

    public init(
        file: String, format: ContractFormat, title: String? = nil, version: String? = nil,
        basePath: PathTemplate = PathTemplate(segments: []), operations: [APIOperation] = [],
        securitySchemes: [SecurityScheme] = []
    ) {
        self.file = file
        self.format = format
        self.title = title
        self.version = version
        self.basePath = basePath
        self.operations = operations
        self.securitySchemes = securitySchemes
    }
}
