import MimicContracts

/// The operations a transcribed contract declares as Mimic loads it, in the same plain shape as the seed reader gives.
///
/// `contractFile` is the path of an OpenAPI 3 contract. Each operation's path is its path template
/// without the server prefix; its parameters are those of every location, path-item parameters included,
/// `$ref`s resolved. An array parameter is `multivalued`, with `type`, `format` and `enumValues` of its items.
func transcribedOperations(contractFile: String) throws -> [DocumentedOperation] {
    let contracts = ContractLoader().load([contractFile])
    if let error = contracts.diagnostics.first(where: { $0.severity == .error }) {
        throw error
    }
    return contracts.contracts.flatMap { contract in
        contract.operations.map { operation in
            DocumentedOperation(
                method: operation.method,
                path: PathTemplate(segments: Array(operation.path.segments.dropFirst(contract.basePath.segments.count))).description,
                parameters: operation.parameters.map { documented($0, schemas: contracts.schemas) })
        }
    }
}

private func documented(_ parameter: Parameter, schemas: SchemaRegistry) -> DocumentedParameter {
    let schema = schemas.valueSchema(of: parameter)
    return DocumentedParameter(
        name: parameter.name, location: parameter.location.rawValue, type: schema.primaryType?.rawValue,
        format: schema.format, enumValues: schema.enumValues?.compactMap(\.scalarText) ?? [],
        required: parameter.required, multivalued: schemas.isMultivalued(parameter))
}
