import MimicContracts

/// What a broken keyword asks for, as the schema states it (the bound of `minimum`, the pattern, the format's
/// name, the missing property): the term a report worded by another validator's rules needs (Prism's, which
/// `mimic mock` answers with), where Mimic's own message puts it in a sentence.
public enum SchemaTerm: Sendable, Hashable {
    /// `type`: the types allowed.
    case types([SchemaType])
    /// `minimum`, `maximum`: the bound.
    case bound(NumericBound)
    /// `multipleOf`: the divisor.
    case divisor(Double)
    /// `minLength`, `maxLength`, `minItems`, `maxItems`, `minProperties`, `maxProperties`, `additionalItems`: the
    /// limit.
    case limit(Int)
    /// `pattern`: the pattern.
    case pattern(String)
    /// `format`: the format's name.
    case format(String)
    /// `required`: the missing property; `additionalProperties`: the property not allowed.
    case property(String)

    /// A bound or divisor as the contract would write it: `1`, `0.01`, `1e+20`.
    public static func spelling(of number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
