import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension RequestValidator {
    /// The violations of `rules`' parameters by the `pairs` the request gives in `location` (header names
    /// compared case-insensitively, on their ASCII bytes, as HTTP has them), in declared order.
    func violations(of rules: [ParameterRule], in location: Violation.Location, pairs: [QueryString.Pair]) -> [Violation] {
        rules.flatMap { rule in
            let given = pairs.filter { location.isHeader ? HTTPHeaders.namesMatch($0.name, rule.parameter.name) : rule.claims($0.name) }
            guard !given.isEmpty else {
                return rule.parameter.required
                    ? [Violation(location: location, name: rule.parameter.name, code: .required, message: "the \(Self.noun(location)) '\(rule.parameter.name)' is required")]
                    : []
            }
            if let refused = refusedText(of: rule, in: location, given: given) { return [refused] }
            return violations(of: rule, in: location, given: given)
        }
    }

    /// The violation of a value's text before its schema is looked at: an empty scalar where `allowEmptyValue`
    /// is not true, or reserved characters not percent-encoded where `allowReserved` is false.
    private func refusedText(of rule: ParameterRule, in location: Violation.Location, given: [QueryString.Pair]) -> Violation? {
        let name = rule.parameter.name
        if case .scalar = rule.shape, !rule.parameter.allowsEmptyValue, given.contains(where: { $0.value.isEmpty }) {
            return Violation(
                location: location, name: name, code: .emptyValue,
                message: "the \(Self.noun(location)) '\(name)' is empty, and the contract does not set allowEmptyValue: true")
        }
        if rule.parameter.allowsReserved == false, given.contains(where: \.hasUnescapedReserved) {
            return Violation(
                location: location, name: name, code: .reservedCharacters,
                message: "the \(Self.noun(location)) '\(name)' holds reserved characters (:/?#[]@!$&'()*+,;=) that are not percent-encoded, and its allowReserved is false")
        }
        return nil
    }

    /// The pairs whose names no rule claims, each name once, a violation naming the closest declared name
    /// (strict mode).
    func undeclared(_ pairs: [QueryString.Pair], in location: Violation.Location, rules: [ParameterRule]) -> [Violation] {
        let declared = rules.map(\.parameter.name)
        var reported: Set<String> = []
        return pairs.compactMap { pair in
            guard !rules.contains(where: { $0.claims(pair.name) }), reported.insert(pair.name).inserted else { return nil }
            let hint = EditDistance.suggestion(for: pair.name, among: declared).map { "; did you mean \($0)?" } ?? ""
            return Violation(location: location, name: pair.name, code: .undeclared, message: "'\(pair.name)' is not a declared \(Self.noun(location))\(hint)")
        }
    }

    /// The violations of one parameter's value, given by `given` (at least one pair).
    private func violations(of rule: ParameterRule, in location: Violation.Location, given: [QueryString.Pair]) -> [Violation] {
        let name = rule.parameter.name
        let found: [SchemaViolation]
        switch rule.shape {
        case .scalar:
            found = given.flatMap { check($0.value, as: rule.schema, at: "") }
        case .array(let items):
            let texts = ParameterDecoder.items(of: given.map(\.value), style: rule.parameter.style, explode: rule.parameter.explode)
            var bounds = rule.schema
            bounds.items = nil
            let decoded = texts.map { text in
                if case .value(let value) = ParameterDecoder.decode(text, as: items) { value } else { JSONValue.string(text) }
            }
            found = schemaValidator.violations(of: .array(decoded), against: bounds)
                + texts.enumerated().flatMap { check($0.element, as: items, at: "/\($0.offset)") }
        case .object:
            found = objectViolations(of: rule, given: given)
        }
        return found.map { Violation($0, in: location, name: name) }
    }

    /// The violations of an object parameter: its members decoded by their properties' schemas, then the object
    /// checked against the parameter's schema.
    private func objectViolations(of rule: ParameterRule, given: [QueryString.Pair]) -> [SchemaViolation] {
        var members: [(key: String, text: String)]
        switch (rule.parameter.style, rule.parameter.explode) {
        case (.deepObject, _):
            members = given.map { (String($0.name.dropFirst(rule.parameter.name.count + 1).dropLast()), $0.value) }
        case (.form, true):
            members = given.map { ($0.name, $0.value) }
        default:
            let parts = ParameterDecoder.items(of: given.map(\.value), style: rule.parameter.style, explode: false)
            members = stride(from: 0, to: parts.count - 1, by: 2).map { (parts[$0], parts[$0 + 1]) }
        }
        // Members are read in the schema's order (undeclared ones after), so violations come in declared order.
        let declared = rule.schema.properties.map(\.name)
        members = members.enumerated().sorted { first, second in
            let (a, b) = (declared.firstIndex(of: first.element.key) ?? declared.count, declared.firstIndex(of: second.element.key) ?? declared.count)
            return a != b ? a < b : first.offset < second.offset
        }.map(\.element)
        var mismatches: [SchemaViolation] = []
        let object = JSONValue.object(members.map { member in
            let schema = schemas.resolve(rule.schema.properties.first { $0.name == member.key }?.schema ?? Schema())
            switch ParameterDecoder.decode(member.text, as: schema) {
            case .value(let value): return JSONMember(member.key, value)
            case .mismatch(let message):
                mismatches.append(SchemaViolation(pointer: "/" + PathStep.key(member.key).token, code: .type, message: message, term: .types(schema.types)))
                return JSONMember(member.key, .string(member.text))
            }
        })
        let mismatched = Set(mismatches.map(\.pointer))
        return mismatches + schemaValidator.violations(of: object, against: rule.schema).filter { !mismatched.contains($0.pointer) }
    }

    /// The violations of one text read as `schema`: a type mismatch, or what the schema validator finds.
    private func check(_ text: String, as schema: Schema, at pointer: String) -> [SchemaViolation] {
        switch ParameterDecoder.decode(text, as: schema) {
        case .value(let value): schemaValidator.violations(of: value, against: schema, at: pointer)
        case .mismatch(let message): [SchemaViolation(pointer: pointer, code: .type, message: message, term: .types(schema.types))]
        }
    }

    /// How a message names a parameter of `location`.
    static func noun(_ location: Violation.Location) -> String {
        switch location {
        case .path: "path parameter"
        case .query: "query parameter"
        case .header: "header"
        case .cookie: "cookie"
        case .formData: "form field"
        case .body: "body"
        case .responseStatus: "status"
        case .responseHeader: "response header"
        case .responseBody: "response body"
        }
    }
}
