import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// Checks a routed request against its operation: credentials first (none at all for a secured operation is a
/// 401 on its own), then every path, query, header and cookie parameter, the body's media type, and the body
/// (form fields, or JSON against its schema). It reports every violation, not the first.
///
/// Everything that does not depend on the request is worked out in `init`, one ``OperationRules`` per operation;
/// a request's query is decoded once.
struct RequestValidator: Sendable {
    /// The rules of each operation, by the router's index.
    let rules: [OperationRules]
    let schemas: SchemaRegistry
    let schemaValidator: SchemaValidator
    /// Whether query parameters and form fields the operation does not declare are violations.
    let strict: Bool

    init(operations: [APIOperation], contracts: ContractSet, strict: Bool) {
        rules = operations.map { OperationRules($0, in: contracts) }
        schemas = contracts.schemas
        schemaValidator = SchemaValidator(schemas: contracts.schemas)
        self.strict = strict
    }

    /// The report refusing `request` for operation `index`, or nil when the request keeps the contract.
    func report(for request: HTTPRequest, operation index: Int, pathParameters: [PathParameterValue]) -> ValidationReport? {
        let rules = rules[index]
        let query = QueryString((request.query ?? "").utf8)
        let cookies = Self.cookies(of: request.headers)
        let missing = missingCredentials(request, rules: rules, query: query, cookies: cookies)
        if !missing.violations.isEmpty {
            return ValidationReport(
                found: missing.violations, operation: rules.label, declaredStatus: rules.failureStatus, strict: strict, headers: missing.challenges)
        }
        let path = pathParameters.filter { $0.fault == nil }.map { QueryString.Pair(name: $0.name, value: $0.value) }
        let undecodable = pathParameters.compactMap { parameter in
            parameter.fault.map { Violation(location: .path, name: parameter.name, code: .encoding, message: $0) }
        }
        let headers = request.headers.map { QueryString.Pair(name: $0.name.lowercased(), value: $0.value) }
        var found = violations(of: rules.path.filter { rule in !undecodable.contains { $0.name == rule.parameter.name } }, in: .path, pairs: path)
        found += undecodable
        found += violations(of: rules.query, in: .query, pairs: query.pairs)
        found += query.faults.map { Violation(location: .query, name: $0.name, code: .encoding, message: $0.reason) }
        if strict { found += undeclared(query.pairs, in: .query, rules: rules.query) }
        found += violations(of: rules.header, in: .header, pairs: headers)
        found += violations(of: rules.cookie, in: .cookie, pairs: cookies)
        found += bodyViolations(request, rules: rules)
        guard !found.isEmpty else { return nil }
        return ValidationReport(found: found, operation: rules.label, declaredStatus: rules.failureStatus, strict: strict)
    }

    /// The `name=value` pairs of every `Cookie` header, in order.
    private static func cookies(of headers: HTTPHeaders) -> [QueryString.Pair] {
        headers.values(for: "Cookie").flatMap { $0.split(separator: ";") }.compactMap { crumb in
            let parts = crumb.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].drop { $0 == " " }
            return name.isEmpty ? nil : QueryString.Pair(name: String(name), value: parts.count == 2 ? String(parts[1]) : "")
        }
    }
}
