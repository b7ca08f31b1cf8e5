import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension RequestValidator {
    /// The violations of `request`'s body: a missing required body or form field; a body sent to an operation
    /// that declares none, or of a media type the operation does not accept (`media-type`); a form's fields; a JSON body that is not JSON (`syntax`, with its byte
    /// offset), too deep to read (`depth`), or not what its schema says; an XML body likewise (`xml-syntax`). Of a JSON body's schema violations, the
    /// first ``ValidationReport/maximumViolations`` are kept and the rest counted (`omitted`).
    func bodyViolations(_ request: DecodedRequest, rules: OperationRules) -> (found: [Violation], omitted: Int) {
        if case .none = request.body {
            let body = rules.isBodyRequired ? [Violation(location: .body, name: "", code: .required, message: "\(rules.label) requires a body")] : []
            return (body + violations(of: rules.formData, in: .formData, pairs: []), 0)
        }
        let essence = request.mediaType?.essence ?? ""
        guard !rules.mediaTypes.isEmpty else {
            let sent = request.mediaType == nil ? "a body with no Content-Type" : "a \(essence) body"
            return ([Violation(location: .body, name: "", code: .mediaType, message: "\(rules.label) declares no request body; the request sends \(sent)")], 0)
        }
        guard rules.accepts(essence) else {
            let accepted = rules.mediaTypes.joined(separator: ", ")
            let message = request.mediaType == nil ? "the body has no Content-Type; \(rules.label) accepts \(accepted)"
                : "\(rules.label) does not accept a \(essence) body; it accepts \(accepted)"
            return ([Violation(location: .header, name: "Content-Type", code: .mediaType, message: message)], 0)
        }
        switch request.body {
        case .urlEncodedForm(let form):
            return (formViolations(form.pairs, rules: rules) + form.faults.map { Violation(location: .formData, name: $0.name, code: .encoding, message: $0.reason) }, 0)
        case .multipartForm(let form):
            return (formViolations(form.fields, rules: rules) + (form.fault.map { [Violation(location: .body, name: "", code: .encoding, message: $0)] } ?? []), 0)
        case .json(let parsed) where request.mediaType?.isJSON == true:
            guard let schema = rules.jsonSchema else { return ([], 0) }
            return jsonViolations(parsed, schema: schema)
        case .xml(let parsed):
            return xmlViolations(parsed, schema: rules.xmlSchema)
        case .none, .json, .unread:
            return ([], 0)
        }
    }

    /// The violations of an XML body (a request's, at `location` ``Violation/Location/body``, or a response's, read
    /// in `direction`): one that is not XML Mimic reads (`xml-syntax`, also for a DOCTYPE), too deep (`depth`) or
    /// too large (`complexity`) to read, else its names' and its value's against the schema (the first
    /// ``ValidationReport/maximumViolations`` kept, the rest counted), each pointing into the element tree.
    func xmlViolations(
        _ parsed: Result<XMLDocumentTree, XMLSyntaxError>, schema: Schema?,
        location: Violation.Location = .body, direction: SchemaValidator.Direction = .request
    ) -> (found: [Violation], omitted: Int) {
        let tree: XMLDocumentTree
        switch parsed {
        case .success(let parsed):
            tree = parsed
        case .failure(let error):
            let place = "at byte \(error.offset) (line \(error.line), column \(error.column))"
            let (code, message): (ViolationCode, String) = switch error.kind {
            case .malformed: (.xmlSyntax, "the body is not XML: \(place), \(error.message)")
            case .doctype: (.xmlSyntax, "the XML body is refused: \(place), \(error.message)")
            case .tooDeep: (.depth, "the body nests elements more than \(XMLReader.maximumDepth) levels deep, \(place)")
            case .tooLarge: (.complexity, "the body holds more than \(XMLReader.maximumNodes) elements and attributes, \(place); Mimic checks XML bodies up to that many")
            }
            return ([Violation(location: location, name: "", code: code, message: message)], 0)
        }
        guard let schema else { return ([], 0) }
        let body = XMLBody(tree, schema: schema, schemas: schemas)
        let found = schemaValidator.violations(of: body.value, against: schema, direction: direction, keeping: ValidationReport.maximumViolations)
        let violations = body.violations + found.kept.map { violation in
            var placed = violation
            placed.pointer = body.path(of: violation.pointer)
            return placed
        }
        let kept = violations.prefix(ValidationReport.maximumViolations).map { Violation($0, in: location) }
        return (kept, found.omitted + violations.count - kept.count)
    }

    /// The violations of a form's fields, and in strict mode its undeclared fields.
    private func formViolations(_ fields: [QueryString.Pair], rules: OperationRules) -> [Violation] {
        violations(of: rules.formData, in: .formData, pairs: fields) + (strict ? undeclared(fields, in: .formData, rules: rules.formData) : [])
    }

    /// The violations of a JSON body: one that is not JSON or too deep to read, else its schema's (the first
    /// ``ValidationReport/maximumViolations`` kept, the rest counted).
    private func jsonViolations(_ parsed: Result<JSONValue, JSONTextError>, schema: Schema) -> (found: [Violation], omitted: Int) {
        let value: JSONValue
        switch parsed {
        case .success(let parsed): value = parsed
        case .failure(let error): return ([Violation(unreadable: error, in: .body)], 0)
        }
        let found = schemaValidator.violations(of: value, against: schema, direction: .request, keeping: ValidationReport.maximumViolations)
        return (found.kept.map { Violation($0, in: .body) }, found.omitted)
    }
}
