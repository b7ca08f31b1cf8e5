import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// With ``errors`` (Prism's `--errors`): a 500 `response-invalid` problem when `body`, about to be answered
    /// as `status` of `operation` under the JSON media type `mediaType`, breaks the schema `content` declares
    /// (an example that contradicts its schema); nil when it keeps it, or when there is no JSON body or schema to
    /// check. The violations (the first ``ValidationReport/maximumViolations``) are listed in the body's `errors`
    /// and, as Prism carries them, in the `sl-violations` header (as many as ``violationsFieldLimit`` allows).
    func invalidBody(_ body: ExampleValue, of content: MediaTypeContent?, as mediaType: String, status: Int, operation: APIOperation) -> HTTPResponse? {
        guard case .json(let value) = body, MediaType(mediaType).isJSON, let schema = content?.schema else { return nil }
        let found = validator.schemaValidator.violations(
            of: value, against: schema, direction: .response, keeping: ValidationReport.maximumViolations)
        guard !found.kept.isEmpty else { return nil }
        let violations = found.kept.map {
            Violation($0, location: .body, name: "")
        }
        let total = found.kept.count + found.omitted
        let problem = ProblemDetails(
            kind: .responseInvalid, status: 500,
            detail: "The \(status) response of \(operation.method) \(operation.path) breaks its declared schema: "
                + (total == 1 ? "1 violation." : "\(total) violations."),
            extensions: [JSONMember("errors", .array(violations.map(\.json)))] + (found.omitted > 0 ? [JSONMember("truncated", .integer(found.omitted))] : []),
            prismExtensions: [JSONMember("validation", .array(violations.map { $0.prismJSON(.response, sided: true) }))])
        return problem.response(headers: ["sl-violations": violationsField(violations, of: .response)], style: problems)
    }
}
