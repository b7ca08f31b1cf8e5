import MimicContracts

extension GenerationLimits {
    /// The keywords of `schema` itself (not of the schemas inside it) that ask for more than the generator builds,
    /// for `mimic lint`: a `minLength`, `minItems` or `minProperties` above its limit (`schema.excessive-size`), and
    /// a `multipleOf` with no multiple the generator can reach within the bounds (`schema.no-multiple-in-range`).
    /// Each keyword is judged only where it matters, by the type the generator makes (``Schema/effectiveType``).
    /// An `x-faker` naming a method Mimic does not know is one too (`schema.unknown-faker`): the value is chosen
    /// by the field's name instead.
    public static func excesses(of schema: Schema) -> [SchemaExcess] {
        unknownFaker(schema.faker) + sizeAndMultipleExcesses(of: schema)
    }

    /// The excess of an `x-faker` naming no method Mimic knows.
    private static func unknownFaker(_ method: String?) -> [SchemaExcess] {
        guard let method, FakerMethod.kind(named: method) == nil else { return [] }
        return [SchemaExcess(
            keyword: "x-faker", code: "schema.unknown-faker",
            message: "x-faker '\(method)' is not a Faker method Mimic knows; the value is chosen by the field's name instead")]
    }

    private static func sizeAndMultipleExcesses(of schema: Schema) -> [SchemaExcess] {
        switch schema.effectiveType {
        case .string:
            excessiveSize("minLength", schema.minLength, limit: stringLength, of: "strings", units: "characters")
        case .array:
            excessiveSize("minItems", schema.minItems, limit: arrayItems, of: "arrays", units: "items")
        case .object:
            excessiveSize("minProperties", schema.minProperties, limit: objectProperties, of: "objects", units: "properties")
        case .integer:
            unreachableMultiple(schema.multipleOf, IntegerBounds(schema))
        case .number:
            unreachableMultiple(schema.multipleOf, NumberBounds(schema))
        case .boolean, .null:
            []
        }
    }

    /// `keyword`'s `value` as an excess when it is above `limit` (`units` of generated `kind`s).
    private static func excessiveSize(_ keyword: String, _ value: Int?, limit: Int, of kind: String, units: String) -> [SchemaExcess] {
        guard let value, value > limit else { return [] }
        return [SchemaExcess(
            keyword: keyword, code: "schema.excessive-size",
            message: "\(keyword) \(value) is more than Mimic generates; generated \(kind) stop at \(limit) \(units)")]
    }

    /// `divisor` as an excess when it is followed and the integer bounds admit none of its multiples.
    private static func unreachableMultiple(_ divisor: Double?, _ bounds: IntegerBounds) -> [SchemaExcess] {
        guard let divisor, bounds.step != nil, bounds.lowest <= bounds.highest, bounds.firstMultiple == nil else { return [] }
        return [noMultiple(divisor, from: Double(bounds.lowest), to: Double(bounds.highest))]
    }

    /// `divisor` as an excess when it is followed and the bounds admit none of its multiples. Multiples too fine
    /// beside the bounds (a quotient past 10¹⁵) are not told apart, by the validator either.
    private static func unreachableMultiple(_ divisor: Double?, _ bounds: NumberBounds) -> [SchemaExcess] {
        guard let divisor, let step = bounds.step, bounds.lowest <= bounds.highest else { return [] }
        let (first, last) = bounds.quotients(of: step, from: bounds.lowest, to: bounds.highest)
        guard first > last, abs(first) < 1e15, abs(last) < 1e15 else { return [] }
        return [noMultiple(divisor, from: bounds.lowest, to: bounds.highest)]
    }

    /// The excess of a `multipleOf` of `divisor` with no multiple from `lowest` to `highest`.
    private static func noMultiple(_ divisor: Double, from lowest: Double, to highest: Double) -> SchemaExcess {
        let spell = SchemaTerm.spelling(of:)
        return SchemaExcess(
            keyword: "multipleOf", code: "schema.no-multiple-in-range",
            message: "multipleOf \(spell(divisor)) has no multiple Mimic can generate from \(spell(lowest)) to \(spell(highest)); generated values break it")
    }
}
