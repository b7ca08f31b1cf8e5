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
        let (violations, omitted) = responseValidator.schemaViolations(of: value, against: schema)
        guard !violations.isEmpty else { return nil }
        let total = violations.count + omitted
        let problem = ProblemDetails(
            kind: .responseInvalid, status: 500,
            detail: "The \(status) response of \(operation.method) \(operation.path) breaks its declared schema: "
                + (total == 1 ? "1 violation." : "\(total) violations."),
            extensions: [JSONMember("errors", .array(violations.map(\.json)))] + (omitted > 0 ? [JSONMember("truncated", .integer(omitted))] : []))
        return problem.response(headers: ["sl-violations": Self.violationsField(violations)])
    }
}
