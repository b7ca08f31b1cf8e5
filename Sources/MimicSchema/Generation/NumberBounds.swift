import MimicContracts

/// The numbers a `number` schema admits, in doubles: its bounds, whether each is exclusive, and `multipleOf`. The
/// generator draws from them and `mimic lint` checks them, so the two agree.
///
/// The bounds are finite: a missing or infinite one is the largest finite double on its side (JSON has no
/// infinity), a NaN one no bound at all (the validator's comparisons with NaN never fail).
struct NumberBounds {
    /// Quotients of multiples are drawn as `Int`s below this, so that converting them cannot trap.
    static let quotientLimit = Double(IntegerBounds.limit)

    /// The lower bound, admitted unless exclusive.
    let lowest: Double
    /// The upper bound, admitted unless exclusive.
    let highest: Double
    /// A positive, finite `multipleOf`, else nil (another is not followed).
    let step: Double?
    private let lowestIsExclusive: Bool
    private let highestIsExclusive: Bool

    init(_ schema: Schema) {
        let minimum = schema.minimum.flatMap { $0.value.isNaN ? nil : $0 }
        let maximum = schema.maximum.flatMap { $0.value.isNaN ? nil : $0 }
        lowest = Self.finite(minimum?.value ?? -.infinity)
        highest = Self.finite(maximum?.value ?? .infinity)
        lowestIsExclusive = minimum?.exclusive ?? false
        highestIsExclusive = maximum?.exclusive ?? false
        step = schema.multipleOf.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }

    /// Whether the bounds admit `value`.
    func admits(_ value: Double) -> Bool {
        (lowestIsExclusive ? value > lowest : value >= lowest) && (highestIsExclusive ? value < highest : value <= highest)
    }

    /// The quotients, by `step`, of the first multiple at or above `low` and the last at or below `high`, each moved
    /// one step inward when the bounds do not admit it (an exclusive bound); `first > last` when no multiple lies
    /// between. Either may be huge or infinite when the step is tiny beside the bounds.
    func quotients(of step: Double, from low: Double, to high: Double) -> (first: Double, last: Double) {
        var first = (low / step).rounded(.up), last = (high / step).rounded(.down)
        if !admits(Self.tidy(first * step)) { first += 1 }
        if !admits(Self.tidy(last * step)) { last -= 1 }
        return (first, last)
    }

    /// `value` without the binary noise of a decimal product (`0.30000000000000004` → `0.3`).
    static func tidy(_ value: Double) -> Double {
        guard abs(value) < 1e9 else { return value }
        return (value * 1e9).rounded() / 1e9
    }

    /// `value` (not NaN) moved inside the finite doubles.
    private static func finite(_ value: Double) -> Double {
        min(max(value, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }
}
