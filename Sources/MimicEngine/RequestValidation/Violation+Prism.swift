import MimicContracts
import MimicSchema

extension Violation {
    /// Which message of the exchange a violation is found in: Prism's word for it starts its messages, and its
    /// `location` in `sl-violations` and in the `--errors` problem.
    enum Side: String {
        case request, response
    }

    /// The violation as Prism reports it (see ``ProblemStyle/prism``): `{"location": ["body", "id"], "severity":
    /// "Error", "code": "exclusiveMinimum", "message": "Request body property id must be > 100"}`, worded as
    /// Prism's validator (Ajv) words the same broken keyword; a rule Prism has no words for keeps Mimic's message
    /// after Prism's place and a colon (`Request body: the body is not JSON: …`). `sided` puts `side` first in
    /// `location`, as `sl-violations` does.
    func prismJSON(_ side: Side, sided: Bool) -> JSONValue {
        let wording = prismWording
        let place = prismPlace
        var members = [
            JSONMember("location", .array(((sided ? [side.rawValue] : []) + [place.section] + place.segments).map(JSONValue.string))),
            JSONMember("severity", .string("Error")),
        ]
        if let code = wording.code { members.append(JSONMember("code", .string(code))) }
        let placed = ([side.rawValue.prefix(1).uppercased() + side.rawValue.dropFirst(), place.section]
            + (place.segments.isEmpty ? [] : [place.section == "body" ? "property" : "parameter", place.segments.joined(separator: ".")]))
            .joined(separator: " ")
        let message = switch wording.form {
        case .ajv: placed + " " + wording.message
        case .mimic: placed + ": " + wording.message
        case .whole: wording.message
        }
        members.append(JSONMember("message", .string(message)))
        return .object(members)
    }

    /// Where Prism places the violation: the part of the message (`path`, `query`, `header`, `cookie`, or `body`
    /// for form fields too; a response's `body`, `header` or `status`), then the steps to the value that breaks its schema (a parameter's name in lower case,
    /// as Prism reads parameters; for `required` and `additionalProperties`, the object's, as Ajv has it).
    private var prismPlace: (section: String, segments: [String]) {
        let section = switch location {
        case .formData, .responseBody: "body"
        case .responseHeader: "header"
        case .responseStatus: "status"
        case .path, .query, .header, .cookie, .body: location.rawValue
        }
        let isParameter = [.path, .query, .header, .cookie, .responseHeader].contains(location)
        var segments = name.isEmpty ? [] : [isParameter ? name.lowercased() : name]
        segments += pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { JSONPointer.unescaped($0) }
        switch (code, term) {
        case (.required, nil): segments = []
        case (.additionalProperties, .property?) where !segments.isEmpty: segments.removeLast()
        default: break
        }
        return (section, segments)
    }

    /// How a Prism message is made of its wording.
    private enum WordingForm {
        /// Prism's place, then Ajv's words: `Request body property id must be integer`.
        case ajv
        /// Prism's place, a colon, then Mimic's message, for a rule Prism has no words for.
        case mimic
        /// The message as it is: `Body parameter is required`.
        case whole
    }

    /// The keyword Prism names (none where Prism gives none), its message, and how the message is made of it.
    private var prismWording: (code: String?, message: String, form: WordingForm) {
        switch (code, term) {
        case (.reservedCharacters, _):
            return (nil, "Reserved characters used in request \(prismPlace.section)", .whole)
        case (.required, nil) where name.isEmpty:
            return ("required", "Body parameter is required", .whole)
        default:
            guard let (code, message) = prismKeyword else { return (code.rawValue, message, .mimic) }
            return (code, message, .ajv)
        }
    }

    /// The keyword Prism names and Ajv's message after the place; nil for a rule Prism has no words for.
    private var prismKeyword: (code: String, message: String)? {
        switch (code, term) {
        case (.type, .types(let types)?) where !types.isEmpty:
            return ("type", "must be " + types.map(\.rawValue).joined(separator: ","))
        case (.enum, _):
            let listed = (allowed ?? []).map { $0.scalarText ?? ($0 == .null ? "" : $0.serialized()) }
            return ("enum", "must be equal to one of the allowed values: " + listed.joined(separator: ", "))
        case (.const, _):
            return ("const", "must be equal to constant")
        case (.minimum, .bound(let bound)?):
            return bound.exclusive
                ? ("exclusiveMinimum", "must be > \(SchemaTerm.spelling(of: bound.value))")
                : ("minimum", "must be >= \(SchemaTerm.spelling(of: bound.value))")
        case (.maximum, .bound(let bound)?):
            return bound.exclusive
                ? ("exclusiveMaximum", "must be < \(SchemaTerm.spelling(of: bound.value))")
                : ("maximum", "must be <= \(SchemaTerm.spelling(of: bound.value))")
        case (.multipleOf, .divisor(let divisor)?):
            return ("multipleOf", "must be multiple of \(SchemaTerm.spelling(of: divisor))")
        case (.format, .format(let format)?):
            return ("format", "must match format \"\(format)\"")
        case (.pattern, .pattern(let pattern)?):
            return ("pattern", "must match pattern \"\(pattern)\"")
        case (.minLength, .limit(let limit)?), (.minItems, .limit(let limit)?), (.minProperties, .limit(let limit)?):
            return (code.rawValue, "must NOT have fewer than \(limit) \(Self.prismNoun(of: code))")
        case (.maxLength, .limit(let limit)?), (.maxItems, .limit(let limit)?), (.maxProperties, .limit(let limit)?),
             (.additionalItems, .limit(let limit)?):
            return (code.rawValue, "must NOT have more than \(limit) \(Self.prismNoun(of: code))")
        case (.emptyValue, _):
            return ("minLength", "must NOT have fewer than 1 characters")
        case (.contains, _):
            return ("contains", "must contain at least 1 valid item(s)")
        case (.minContains, .limit(let limit)?):
            return ("contains", "must contain at least \(limit) valid item(s)")
        case (.maxContains, .limit(let limit)?):
            return ("contains", "must contain at most \(limit) valid item(s)")
        case (.required, .property(let property)?):
            return ("required", "must have required property '\(property)'")
        case (.required, nil) where !name.isEmpty:
            return ("required", "must have required property '\(location == .formData ? name : name.lowercased())'")
        case (.additionalProperties, .property(let property)?):
            return ("additionalProperties", "must NOT have additional properties; found '\(property)'")
        case (.not, _):
            return ("not", "must NOT be valid")
        case (.anyOf, _):
            return ("anyOf", "must match a schema in anyOf")
        case (.oneOf, _):
            return ("oneOf", "must match exactly one schema in oneOf")
        default:
            return nil
        }
    }

    /// What Ajv counts for a size keyword: `characters`, `items`, `properties`.
    private static func prismNoun(of code: ViolationCode) -> String {
        switch code {
        case .minLength, .maxLength: "characters"
        case .minProperties, .maxProperties: "properties"
        default: "items"
        }
    }
}
