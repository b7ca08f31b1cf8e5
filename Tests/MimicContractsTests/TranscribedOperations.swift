/// The operations a transcribed contract declares, in the same plain shape as the seed reader gives.
///
/// `contractFile` is the absolute path of an OpenAPI 3 contract. Each operation's path is its path template
/// without the server prefix; its parameters are those of every location, path-item parameters included,
/// `$ref`s resolved. An array parameter is `multivalued`, with `type`, `format` and `enumValues` of its items.
func transcribedOperations(contractFile: String) throws -> [DocumentedOperation] {
    fatalError("wired to MimicContracts by the integrator")
}
