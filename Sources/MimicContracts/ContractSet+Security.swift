extension ContractSet {
    /// The security scheme `name` that `operation` refers to: as declared by a contract that declares the
    /// operation, else by any contract of the set; nil when none declares it.
    public func securityScheme(named name: String, for operation: APIOperation) -> SecurityScheme? {
        let files = operation.sources.map(\.file)
        let declaring = contracts.filter { files.contains($0.file) }
        return (declaring + contracts).lazy.compactMap { $0.securitySchemes.first { $0.name == name } }.first
    }
}
