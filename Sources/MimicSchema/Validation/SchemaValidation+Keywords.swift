import MimicContracts

/// The keywords on scalars: type, enum, const, and the constraints of numbers and strings.
extension SchemaValidation {
    mutating func checkType(of value: JSONValue, _ schema: Schema) {
        guard !schema.types.isEmpty, !schema.types.contains(where: { value.isInstance(of: $0) }) else { return }
        report(.type, "expected \(SchemaType.phrase(of: schema.types, format: schema.format)), found \(value.foundDescription)", term: .types(schema.types))
    }

    mutating func checkEnumeration(of value: JSONValue, _ schema: Schema) {
        if let allowed = schema.enumValues, !allowed.contains(where: { $0.isSameValue(as: value) }) {
            report(.enum, Self.notOneOf(value, allowed), allowed: allowed)
        }
        if let constant = schema.constValue, !constant.isSameValue(as: value) {
            report(.const, "must be \(constant.quoted)", allowed: [constant])
        }
    }

    mutating func checkNumber(_ number: Double, _ value: JSONValue, _ schema: Schema) {
        if let minimum = schema.minimum, minimum.exclusive ? number <= minimum.value : number < minimum.value {
            report(.minimum, "must be \(minimum.exclusive ? "greater than" : "at least") \(SchemaTerm.spelling(of: minimum.value))", term: .bound(minimum))
        }
        if let maximum = schema.maximum, maximum.exclusive ? number >= maximum.value : number > maximum.value {
            report(.maximum, "must be \(maximum.exclusive ? "less than" : "at most") \(SchemaTerm.spelling(of: maximum.value))", term: .bound(maximum))
        }
        if let divisor = schema.multipleOf, divisor > 0, !Self.number(value, number, isAMultipleOf: divisor) {
            report(.multipleOf, "must be a multiple of \(SchemaTerm.spelling(of: divisor))", term: .divisor(divisor))
        }
        if let format = NumberFormat(of: schema), number == number.rounded(), !format.admits(value, number) {
            report(.format, "\(value.quoted) is outside the \(format.rawValue) range (\(format.range))", term: .format(format.rawValue))
        }
    }

    mutating func checkString(_ text: String, _ schema: Schema) {
        if schema.minLength != nil || schema.maxLength != nil {
            let length = text.unicodeScalars.count
            if let minimum = schema.minLength, length < minimum {
                report(.minLength, "must be at least \(Self.count(minimum, "character")) long, found \(length)", term: .limit(minimum))
            }
            if let maximum = schema.maxLength, length > maximum {
                report(.maxLength, "must be at most \(Self.count(maximum, "character")) long, found \(length)", term: .limit(maximum))
            }
        }
        if let pattern = schema.pattern, !validator.patterns.text(text, matches: pattern) {
            report(.pattern, "\(JSONValue.string(text).quoted) does not match the pattern \(pattern)", term: .pattern(pattern))
        }
        if let format = schema.format.flatMap(StringFormat.init(rawValue:)), let phrase = format.phrase,
           !format.admits(text, patterns: validator.patterns) {
            report(.format, "\(JSONValue.string(text).quoted) is not \(phrase)", term: .format(format.rawValue))
        }
    }

    /// `"BOGUS" is not one of SUCCESS, FAILED; did you mean "SUCCESS"?` (at most ten values listed; a suggestion
    /// only for a string close enough to one of them).
    static func notOneOf(_ value: JSONValue, _ allowed: [JSONValue]) -> String {
        let listed = allowed.prefix(10).map(\.listed).joined(separator: ", ") + (allowed.count > 10 ? ", …" : "")
        var message = "\(value.quoted) is not one of \(listed)"
        if case .string(let text) = value,
           let suggestion = EditDistance.suggestion(for: text, among: allowed.compactMap { if case .string(let text) = $0 { text } else { nil } }) {
            message += "; did you mean \(JSONValue.string(suggestion).quoted)?"
        }
        return message
    }

    /// `1 character`, `3 items`, `2 properties`.
    static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(plural ?? noun + "s")"
    }

    /// Exactly for integers and integral divisors; for fractions, to a relative precision of 1e-9 (decimal
    /// fractions such as 0.01 have no exact binary form), a quotient past 1e15 being taken as whole; a quotient
    /// beyond the doubles, by the exact floating-point remainder.
    private static func number(_ value: JSONValue, _ number: Double, isAMultipleOf divisor: Double) -> Bool {
        if case .integer(let integer) = value, let integralDivisor = Int(exactly: divisor) {
            return integer % integralDivisor == 0
        }
        let quotient = number / divisor
        guard quotient.isFinite else { return number.truncatingRemainder(dividingBy: divisor) == 0 }
        return abs(quotient) >= 1e15 || abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient))
    }
}
