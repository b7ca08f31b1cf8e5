import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension RequestValidator {
    /// The violations of `request`'s body: a missing required body or form field; a media type the operation
    /// does not accept (`media-type`); a form's fields; a JSON body that is not JSON (`syntax`, with its byte
    /// offset), too deep to read (`depth`), or not what its schema says.
    func bodyViolations(_ request: HTTPRequest, rules: OperationRules) -> [Violation] {
        guard !request.body.isEmpty else {
            let body = rules.isBodyRequired ? [Violation(location: .body, name: "", code: .required, message: "\(rules.label) requires a body")] : []
            return body + violations(of: rules.formData, in: .formData, pairs: [])
        }
        guard !rules.mediaTypes.isEmpty else { return [] }
        let contentType = request.headers["Content-Type"]
        let essence = contentType.map { ContentNegotiation.essence(of: $0) } ?? ""
        guard rules.accepts(essence) else {
            let accepted = rules.mediaTypes.joined(separator: ", ")
            let message = contentType == nil ? "the body has no Content-Type; \(rules.label) accepts \(accepted)"
                : "\(rules.label) does not accept a \(essence) body; it accepts \(accepted)"
            return [Violation(location: .header, name: "Content-Type", code: .mediaType, message: message)]
        }
        if essence == "application/x-www-form-urlencoded" {
            let form = QueryString(request.body)
            return formViolations(form.pairs, rules: rules) + form.faults.map { Violation(location: .formData, name: $0.name, code: .encoding, message: $0.reason) }
        }
        if essence == "multipart/form-data" {
            let form = MultipartForm(request.body, boundary: contentType.flatMap(Self.boundary))
            return formViolations(form.fields, rules: rules) + (form.fault.map { [Violation(location: .body, name: "", code: .encoding, message: $0)] } ?? [])
        }
        guard ContentNegotiation.isJSON(essence), let schema = rules.jsonSchema else { return [] }
        return jsonViolations(request.body, schema: schema)
    }

    /// The violations of a form's fields, and in strict mode its undeclared fields.
    private func formViolations(_ fields: [QueryString.Pair], rules: OperationRules) -> [Violation] {
        violations(of: rules.formData, in: .formData, pairs: fields) + (strict ? undeclared(fields, in: .formData, rules: rules.formData) : [])
    }

    /// The violations of a JSON body: one that is not JSON or too deep to read, else its schema's.
    private func jsonViolations(_ body: [UInt8], schema: Schema) -> [Violation] {
        let value: JSONValue
        do {
            value = try JSONValue(parsingJSONText: body)
        } catch {
            let place = "byte \(error.offset) (line \(error.line), column \(error.column))"
            if case .tooDeep(let maximumDepth) = error.kind {
                return [Violation(location: .body, name: "", code: .depth, message: "the body nests arrays and objects more than \(maximumDepth) levels deep, at \(place)")]
            }
            return [Violation(location: .body, name: "", code: .syntax, message: "the body is not JSON: at \(place), \(error.message)")]
        }
        return schemaValidator.violations(of: value, against: schema, direction: .request).map {
            Violation(location: .body, name: "", pointer: $0.pointer, code: $0.code, message: $0.message, allowed: $0.allowed)
        }
    }

    /// The `boundary` parameter of a `multipart/form-data` Content-Type.
    private static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].filter({ $0 != " " }).lowercased() == "boundary" else { continue }
            return String(pair[1].filter { $0 != "\"" && $0 != " " })
        }
        return nil
    }
}
