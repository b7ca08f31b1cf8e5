import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// Checks a routed request against its operation: credentials first (none at all for a secured operation is a
/// 401 on its own), then every path, query, header and cookie parameter, the body's media type, and the body
/// (form fields, or JSON against its schema). It reports every violation, not the first.
///
/// What does not depend on the request comes compiled with the operation (``OperationRules``); the request
/// comes decoded once (``DecodedRequest``).
struct RequestValidator: Sendable {
    let schemas: SchemaRegistry
    let schemaValidator: SchemaValidator
    /// Whether query parameters and form fields the operation does not declare are violations.
    let strict: Bool

    init(schemas: SchemaRegistry, strict: Bool) {
        self.schemas = schemas
        schemaValidator = SchemaValidator(schemas: schemas)
        self.strict = strict
    }

    /// The report refusing `request` for `operation`, or nil when the request keeps the contract.
    func report(for request: DecodedRequest, operation: CompiledOperation) -> ValidationReport? {
        let rules = operation.rules
        let missing = missingCredentials(request, rules: rules)
        if !missing.violations.isEmpty {
            return ValidationReport(
                found: missing.violations, operation: rules.label, declaredStatus: rules.failureStatus, strict: strict, headers: missing.challenges,
                prismChallenges: missing.prismChallenges)
        }
        let path = request.pathParameters.filter { $0.fault == nil && !$0.value.isEmpty }.map { QueryString.Pair(name: $0.name, value: $0.value) }
        let undecodable = request.pathParameters.compactMap { parameter in
            parameter.fault.map { Violation(location: .path, name: parameter.name, code: .encoding, message: $0) }
        }
        let headers = rules.header.isEmpty ? [] : request.request.headers.map { QueryString.Pair(name: $0.name, value: $0.value) }
        var found = violations(of: rules.path.filter { rule in !undecodable.contains { $0.name == rule.parameter.name } }, in: .path, pairs: path)
        found += undecodable
        found += violations(of: rules.query, in: .query, pairs: request.query.pairs)
        found += request.query.faults.map { Violation(location: .query, name: $0.name, code: .encoding, message: $0.reason) }
        if strict {
            let queried = request.query.pairs.filter { !PreferHeader.queryParameterNames.contains($0.name) }
            found += undeclared(queried, in: .query, rules: rules.query)
        }
        found += violations(of: rules.header, in: .header, pairs: headers)
        found += violations(of: rules.cookie, in: .cookie, pairs: request.cookies)
        let body = bodyViolations(request, rules: rules)
        found += body.found
        guard !found.isEmpty else { return nil }
        return ValidationReport(
            found: found, omitted: body.omitted, operation: rules.label, declaredStatus: rules.failureStatus, strict: strict, accepted: rules.mediaTypes)
    }
}
