import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension ResponseValidator {
    /// The violations of the headers `declared` names (but `Content-Type` and `Content-Length`, which say what the
    /// body is): a required one missing (`required`), or one whose value is not of its declared schema, checked
    /// as a request's header parameter of that schema (`simple` style).
    func headerViolations(_ headers: HTTPHeaders, of declared: Response) -> [Violation] {
        let rules = declared.headers.filter { !HTTPHeaders.describesBody($0.name) }.map { header in
            ParameterRule(
                Parameter(name: header.name, location: .header, required: header.required, schema: header.schema, source: declared.source),
                schemas: schemas)
        }
        guard !rules.isEmpty else { return [] }
        let pairs = headers.map { QueryString.Pair(name: $0.name, value: $0.value) }
        return parameters.violations(of: rules, in: .responseHeader, pairs: pairs)
    }
}
