import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension ResponseValidator {
    /// The violations of a body against the contents `declared` gives: none to check for an empty body or a
    /// response that declares no content; else a `Content-Type` missing or of a media type not declared
    /// (`media-type`, at `response.header` `Content-Type`); else, for JSON, a body that is not JSON (`syntax`,
    /// `depth`) or breaks the declared schema (the first ``ResponseReport/maximumViolations`` kept, the rest counted);
    /// for XML, likewise, read by the schema's `xml` annotations as a request's XML body is; neither when `body` is
    /// only the start of the body (`bodyIsWhole` false).
    func contentViolations(
        headers: HTTPHeaders, body: [UInt8], of declared: Response, operation: APIOperation, bodyIsWhole: Bool = true
    ) -> (found: [Violation], omitted: Int) {
        guard !body.isEmpty, !declared.contents.isEmpty else { return ([], 0) }
        let declaredTypes = declared.contents.map(\.mediaType).joined(separator: ", ")
        let label = "the \(declared.status) response of \(operation.method) \(operation.path)"
        guard let field = headers["Content-Type"] else {
            return ([Violation(location: .responseHeader, name: "Content-Type", code: .mediaType, message: "the body has no Content-Type; \(label) declares \(declaredTypes)")], 0)
        }
        let mediaType = MediaType(field)
        guard let content = Self.content(of: declared, holding: mediaType.essence) else {
            return ([Violation(location: .responseHeader, name: "Content-Type", code: .mediaType, message: "\(label) declares no \(mediaType.essence) body; it declares \(declaredTypes)")], 0)
        }
        guard bodyIsWhole, let schema = content.schema else { return ([], 0) }
        if mediaType.isXML {
            let parsed = Result { () throws(XMLSyntaxError) in try XMLReader.read(body) }
            return parameters.xmlViolations(parsed, schema: schema, location: .responseBody, direction: .response)
        }
        guard mediaType.isJSON else { return ([], 0) }
        let value: JSONValue
        do {
            value = try JSONValue(parsingJSONText: body)
        } catch {
            return ([Violation(unreadable: error, in: .responseBody)], 0)
        }
        let found = schemaViolations(of: value, against: schema)
        return (found.kept, found.omitted)
    }

    /// The violations of `value`, a response body, against `schema` (`writeOnly` properties must not appear),
    /// located `response.body`: the first ``ResponseReport/maximumViolations`` kept, the rest counted.
    func schemaViolations(of value: JSONValue, against schema: Schema) -> (kept: [Violation], omitted: Int) {
        let found = schemaValidator.violations(of: value, against: schema, direction: .response, keeping: ResponseReport.maximumViolations)
        return (found.kept.map { Violation($0, in: .responseBody) }, found.omitted)
    }

    /// The content of `declared` for a body of media type `essence` (`type/subtype`, lower case): the one declared
    /// for exactly it, else the first declared range (`*/*`, `type/*`) that holds it.
    private static func content(of declared: Response, holding essence: String) -> MediaTypeContent? {
        let type = essence.prefix { $0 != "/" }
        let essences = declared.contents.map { MediaType($0.mediaType).essence }
        let index = essences.firstIndex(of: essence) ?? essences.firstIndex { $0 == "*/*" || $0 == type + "/*" }
        return index.map { declared.contents[$0] }
    }
}
