import Foundation
@testable import MimicContracts

/// A structural check of a value against a schema, for the generator's tests: types, `const`, `enum`,
/// required properties (except `writeOnly` ones, which responses leave out), formats, bounds, lengths,
/// patterns, item counts, `allOf` (every part) and `oneOf`/`anyOf` (some alternative).
struct SchemaConformance {
    let schemas: SchemaRegistry

    /// One line per problem found, each naming the JSON path.
    func violations(of value: JSONValue, against schema: Schema, at path: String = "$") -> [String] {
        let schema = schemas.resolve(schema)
        if let constant = schema.constValue, !Self.equal(constant, value) {
            return ["\(path): \(value.serialized()) is not the const \(constant.serialized())"]
        }
        if let members = schema.enumValues, !members.contains(where: { Self.equal($0, value) }) {
            return ["\(path): \(value.serialized()) is not one of \(JSONValue.array(members).serialized())"]
        }
        var problems = schema.allOf.flatMap { violations(of: value, against: $0, at: path) }
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if !alternatives.isEmpty, !alternatives.contains(where: { violations(of: value, against: $0, at: path).isEmpty }) {
            problems.append("\(path): matches none of \(alternatives.count) alternatives")
        }
        if value == .null {
            let allowed = schema.types.isEmpty || schema.types.contains(.null) || schema.nullable
            return allowed ? problems : problems + ["\(path): null is not allowed"]
        }
        if !schema.types.isEmpty, !schema.types.contains(where: { Self.value(value, hasType: $0) }) {
            return problems + ["\(path): \(value.serialized()) is not of type \(schema.types.map(\.rawValue))"]
        }
        switch value {
        case .string(let text): problems += stringViolations(text, schema, path)
        case .integer(let number): problems += numberViolations(Double(number), schema, path)
        case .number(let number): problems += numberViolations(number, schema, path)
        case .array(let elements): problems += arrayViolations(elements, schema, path)
        case .object(let members): problems += objectViolations(members, schema, path)
        case .null, .bool: break
        }
        return problems
    }

    private func stringViolations(_ text: String, _ schema: Schema, _ path: String) -> [String] {
        var problems: [String] = []
        if let format = schema.format, !Self.text(text, hasFormat: format) {
            problems.append("\(path): \"\(text)\" is not a \(format)")
        }
        if let minimum = schema.minLength, text.count < minimum { problems.append("\(path): \"\(text)\" is shorter than \(minimum)") }
        if let maximum = schema.maxLength, text.count > maximum { problems.append("\(path): \"\(text)\" is longer than \(maximum)") }
        if let pattern = schema.pattern, let expression = try? NSRegularExpression(pattern: pattern),
           expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            problems.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        return problems
    }

    private func numberViolations(_ number: Double, _ schema: Schema, _ path: String) -> [String] {
        var problems: [String] = []
        if let minimum = schema.minimum, minimum.exclusive ? number <= minimum.value : number < minimum.value {
            problems.append("\(path): \(number) is below the minimum \(minimum.value)")
        }
        if let maximum = schema.maximum, maximum.exclusive ? number >= maximum.value : number > maximum.value {
            problems.append("\(path): \(number) is above the maximum \(maximum.value)")
        }
        if let step = schema.multipleOf {
            let quotient = number / step
            if abs(quotient - quotient.rounded()) > 1e-6 { problems.append("\(path): \(number) is not a multiple of \(step)") }
        }
        return problems
    }

    private func arrayViolations(_ elements: [JSONValue], _ schema: Schema, _ path: String) -> [String] {
        var problems: [String] = []
        if let minimum = schema.minItems, elements.count < minimum { problems.append("\(path): fewer than \(minimum) items") }
        if let maximum = schema.maxItems, elements.count > maximum { problems.append("\(path): more than \(maximum) items") }
        if schema.uniqueItems, Set(elements).count < elements.count { problems.append("\(path): items are not unique") }
        if let items = schema.items {
            for (index, element) in elements.enumerated() {
                problems += violations(of: element, against: items, at: "\(path)[\(index)]")
            }
        }
        return problems
    }

    private func objectViolations(_ members: [JSONMember], _ schema: Schema, _ path: String) -> [String] {
        var problems: [String] = []
        for name in schema.required where !members.contains(where: { $0.key == name }) {
            let property = schema.properties.first { $0.name == name }
            if property.map({ !$0.schema.writeOnly && !schemas.resolve($0.schema).writeOnly }) ?? true {
                problems.append("\(path): required property '\(name)' is missing")
            }
        }
        for member in members {
            if let property = schema.properties.first(where: { $0.name == member.key }) {
                problems += violations(of: member.value, against: property.schema, at: "\(path).\(member.key)")
            } else if case .forbidden = schema.additionalProperties {
                problems.append("\(path): property '\(member.key)' is not allowed")
            } else if case .schema(let additional) = schema.additionalProperties {
                problems += violations(of: member.value, against: additional, at: "\(path).\(member.key)")
            }
        }
        return problems
    }

    private static func value(_ value: JSONValue, hasType type: SchemaType) -> Bool {
        switch (type, value) {
        case (.string, .string), (.boolean, .bool), (.array, .array), (.object, .object), (.null, .null): true
        case (.integer, .integer), (.number, .integer), (.number, .number): true
        case (.integer, .number(let number)): number == number.rounded()
        default: false
        }
    }

    /// Numbers compare by value, whatever their spelling.
    private static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
        default: left == right
        }
    }

    /// Whether `text` is spelt as `format` requires; unknown formats pass.
    static func text(_ text: String, hasFormat format: String) -> Bool {
        switch format {
        case "date-time":
            let formatter = ISO8601DateFormatter()
            if formatter.date(from: text) != nil { return true }
            formatter.formatOptions.insert(.withFractionalSeconds)
            return formatter.date(from: text) != nil
        case "date":
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            return formatter.date(from: text) != nil && text.count == 10
        case "time": return text.wholeMatch(of: /([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d\d:\d\d)/) != nil
        case "uuid": return UUID(uuidString: text) != nil
        case "email": return text.wholeMatch(of: /[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+/) != nil
        case "uri", "url": return URL(string: text)?.scheme != nil
        case "hostname": return text.wholeMatch(of: /[a-z0-9-]+(\.[a-z0-9-]+)*/) != nil
        case "ipv4": return text.split(separator: ".").compactMap { UInt8($0) }.count == 4
        case "ipv6": return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" }
        case "byte": return Data(base64Encoded: text) != nil
        default: return true
        }
    }
}
