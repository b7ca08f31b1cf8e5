import MimicContracts

/// The integers an integer schema admits, worked out in `Int` arithmetic that cannot overflow: its bounds (an
/// exclusive one moved to the next integer inside), the range of its format (`int32`) or else ±``limit``, and an
/// integral `multipleOf`. The generator draws from them and `mimic lint` checks them, so the two agree.
///
/// The contract's doubles are read without a trap: a bound beyond the range (`1e19`, `.inf`) is the range's edge, a
/// NaN bound is no bound (the validator's comparisons with NaN never fail), and a divisor beyond the range has 0 as
/// its only multiple in it.
struct IntegerBounds {
    /// Integers stay within ±4.6·10¹⁸ (just over 2⁶²), so that sums and products of two of them cannot overflow.
    static let limit = 4_600_000_000_000_000_000

    /// The least integer admitted; above ``highest`` when none is.
    let lowest: Int
    /// The greatest integer admitted.
    let highest: Int
    /// An integral `multipleOf` of at least 1, else nil (a fractional one is not followed); any divisor past
    /// ``limit`` is `limit + 1`, which has the same multiples in range: 0 alone.
    let step: Int?

    init(_ schema: Schema) {
        let range = NumberFormat(of: schema) == .int32 ? Int(Int32.min)...Int(Int32.max) : -Self.limit...Self.limit
        lowest = schema.minimum
            .flatMap { Self.integer($0.exclusive ? ($0.value + 1).rounded(.down) : $0.value.rounded(.up), in: range) }
            ?? range.lowerBound
        highest = schema.maximum
            .flatMap { Self.integer($0.exclusive ? ($0.value - 1).rounded(.up) : $0.value.rounded(.down), in: range) }
            ?? range.upperBound
        step = schema.multipleOf.flatMap { divisor in
            guard divisor >= 1, divisor == divisor.rounded() else { return nil }
            return divisor > Double(Self.limit) ? Self.limit + 1 : Int(divisor)
        }
    }

    /// Whether `value` is within the bounds and a multiple of ``step``.
    func admits(_ value: Int) -> Bool {
        lowest <= value && value <= highest && step.map { value % $0 == 0 } ?? true
    }

    /// The least multiple of ``step`` from ``lowest`` to ``highest``; nil when there is none, or no step.
    var firstMultiple: Int? {
        guard let step else { return nil }
        let multiple = Self.quotient(lowest, step, roundingUp: true) * step
        return multiple <= highest ? multiple : nil
    }

    /// The quotients `k` whose multiples `k · step` lie in `range` (within ±``limit``); nil when none does.
    static func quotients(of step: Int, within range: ClosedRange<Int>) -> ClosedRange<Int>? {
        let first = quotient(range.lowerBound, step, roundingUp: true)
        let last = quotient(range.upperBound, step, roundingUp: false)
        return first <= last ? first...last : nil
    }

    /// `value / divisor` (divisor positive) rounded up or down, not toward zero.
    private static func quotient(_ value: Int, _ divisor: Int, roundingUp: Bool) -> Int {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        if roundingUp, remainder > 0 { return quotient + 1 }
        if !roundingUp, remainder < 0 { return quotient - 1 }
        return quotient
    }

    /// An integral or infinite `value` as an `Int`, moved inside `range`; nil for NaN.
    private static func integer(_ value: Double, in range: ClosedRange<Int>) -> Int? {
        guard !value.isNaN else { return nil }
        if value <= Double(range.lowerBound) { return range.lowerBound }
        if value >= Double(range.upperBound) { return range.upperBound }
        return Int(value)
    }
}
