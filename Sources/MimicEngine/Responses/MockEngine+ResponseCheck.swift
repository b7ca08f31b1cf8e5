import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// The violations of `body`, about to be answered under the JSON media type `mediaType`, of the schema
    /// `content` declares (an example that contradicts its schema): the first ``ValidationReport/maximumViolations``
    /// and how many more; nil when it keeps it, or when there is no JSON body or schema to check.
    func violations(of body: ExampleValue, against content: MediaTypeContent?, as mediaType: String) -> (kept: [Violation], omitted: Int)? {
        guard case .json(let value) = body, MediaType(mediaType).isJSON, let schema = content?.schema else { return nil }
        let found = validator.schemaValidator.violations(
            of: value, against: schema, direction: .response, keeping: ValidationReport.maximumViolations)
        guard !found.kept.isEmpty else { return nil }
        return (found.kept.map { Violation($0, location: .body, name: "") }, found.omitted)
    }

    /// With ``errors`` (Prism's `--errors`): the 500 `response-invalid` problem answered instead of the `status`
    /// response of `operation` whose body breaks its schema with `found`. The violations are listed in the body's
    /// `errors` and, as Prism carries them, in the `sl-violations` header (as many as ``violationsFieldLimit``
    /// allows).
    func invalidResponse(_ found: (kept: [Violation], omitted: Int), status: Int, operation: APIOperation) -> HTTPResponse {
        let (violations, omitted) = found
        let total = violations.count + omitted
        let problem = ProblemDetails(
            kind: .responseInvalid, status: 500,
            detail: "The \(status) response of \(operation.method) \(operation.path) breaks its declared schema: "
                + (total == 1 ? "1 violation." : "\(total) violations."),
            extensions: [JSONMember("errors", .array(violations.map(\.json)))] + (omitted > 0 ? [JSONMember("truncated", .integer(omitted))] : []),
            prismExtensions: [JSONMember("validation", .array(violations.map { $0.prismJSON(.response, sided: true) }))])
        return problem.response(headers: ["sl-violations": violationsField(violations, of: .response)], style: problems)
    }
}
