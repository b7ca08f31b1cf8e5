import MimicContracts

extension DataGenerator {
    /// How far from a lone bound a generated number may go.
    private static let usualSpan = 1000.0
    /// Integers stay within ±2⁶², so that arithmetic on them cannot overflow.
    private static let integerLimit = 4.6e18

    /// An integer within the schema's bounds (exclusive ones too), its format's range and `multipleOf`,
    /// and otherwise in a range that suits the field's name (ids in 1…9999, sizes in bytes, counts from 0).
    func integer(_ schema: Schema, in scope: GenerationScope, random: inout SeededRandom) -> Int {
        let limits = NumberFormat(of: schema) == .int32 ? Double(Int32.min)...Double(Int32.max) : -Self.integerLimit...Self.integerLimit
        let lowest = (schema.minimum.map { $0.exclusive ? ($0.value + 1).rounded(.down) : $0.value.rounded(.up) } ?? limits.lowerBound).clamped(to: limits)
        let highest = (schema.maximum.map { $0.exclusive ? ($0.value - 1).rounded(.up) : $0.value.rounded(.down) } ?? limits.upperBound).clamped(to: limits)
        guard lowest <= highest else { return Int(lowest) }
        let usual = Self.usualIntegerRange(for: scope.fieldName.flatMap(FieldKind.init(fieldName:)))
        let (low, high) = Self.clamp(Double(usual.lowerBound)...Double(usual.upperBound), to: lowest...highest)
        if let step = schema.multipleOf, step >= 1, step == step.rounded() {
            let first = (low / step).rounded(.up), last = (high / step).rounded(.down)
            if first <= last {
                return Int(step) * random.integer(in: Int(first)...Int(last))
            }
            let nearest = (lowest / step).rounded(.up) * step
            return Int(nearest <= highest ? nearest : low)
        }
        return random.integer(in: Int(low)...Int(high))
    }

    /// A number within the schema's bounds (exclusive ones too) and `multipleOf`, else between 0 and 1000,
    /// with two decimals where they fit.
    func number(_ schema: Schema, random: inout SeededRandom) -> Double {
        let lowest = schema.minimum?.value ?? -.infinity, highest = schema.maximum?.value ?? .infinity
        guard lowest <= highest else { return lowest }
        let (low, high) = Self.clamp(0...Self.usualSpan, to: lowest...highest)
        let allowed = { (value: Double) -> Bool in
            (schema.minimum?.exclusive == true ? value > lowest : value >= lowest)
                && (schema.maximum?.exclusive == true ? value < highest : value <= highest)
        }
        if let step = schema.multipleOf, step > 0 {
            var first = (low / step).rounded(.up), last = (high / step).rounded(.down)
            if !allowed(Self.tidy(first * step)) { first += 1 }
            if !allowed(Self.tidy(last * step)) { last -= 1 }
            if first <= last, abs(first) < Self.integerLimit, abs(last) < Self.integerLimit {
                return Self.tidy(Double(random.integer(in: Int(first)...Int(last))) * step)
            }
        }
        var value = low + random.fraction() * (high - low)
        if !allowed(value) { value = (low + high) / 2 }
        let rounded = (value * 100).rounded() / 100
        return allowed(rounded) ? rounded : value
    }

    /// The range a field's name suggests for an integer.
    private static func usualIntegerRange(for kind: FieldKind?) -> ClosedRange<Int> {
        switch kind {
        case .identifier: 1...9999
        case .byteSize: 1024...10_485_760
        case .count: 0...100
        default: 1...1000
        }
    }

    /// `usual` moved inside `bounds`: their overlap, else `usualSpan` from the bound it lies beyond.
    private static func clamp(_ usual: ClosedRange<Double>, to bounds: ClosedRange<Double>) -> (Double, Double) {
        if usual.overlaps(bounds) {
            return (max(usual.lowerBound, bounds.lowerBound), min(usual.upperBound, bounds.upperBound))
        }
        if usual.upperBound < bounds.lowerBound {
            return (bounds.lowerBound, min(bounds.lowerBound + usualSpan, bounds.upperBound))
        }
        return (max(bounds.upperBound - usualSpan, bounds.lowerBound), bounds.upperBound)
    }

    /// `value` without the binary noise of a decimal product (`0.30000000000000004` → `0.3`).
    private static func tidy(_ value: Double) -> Double {
        guard abs(value) < 1e9 else { return value }
        return (value * 1e9).rounded() / 1e9
    }
}

private extension Double {
    /// The value moved inside `limits` (NaN becomes the lower limit).
    func clamped(to limits: ClosedRange<Double>) -> Double {
        isNaN ? limits.lowerBound : Swift.min(Swift.max(self, limits.lowerBound), limits.upperBound)
    }
}
