import MimicContracts

extension DataGenerator {
    /// How far from a lone bound a generated number may go.
    private static let usualSpan = 1000

    /// An integer within the schema's bounds (exclusive ones too), its format's range and `multipleOf`: the one
    /// the field's meaning gives when the schema admits it (an `age` from the entity's birth date, a `created_at`
    /// as seconds since 1970, milliseconds for an `int64`), and otherwise in a range that suits the meaning (ids in 1…9999, sizes in bytes,
    /// counts from 0); worked out in integers (``IntegerBounds``), so no contract makes it trap.
    ///
    /// When the usual range holds no multiple of `multipleOf`, the least multiple the bounds admit. When no integer
    /// satisfies the schema, the answer is still deterministic: with bounds that admit none, the lower bound (an
    /// exclusive one moved up, at most ±``IntegerBounds/limit``); with no multiple between them, the lowest integer
    /// of the usual range inside the bounds.
    func integer(_ schema: Schema, meaning: FieldMeaning?, in scope: GenerationScope, random: inout SeededRandom) -> Int {
        let bounds = IntegerBounds(schema)
        guard bounds.lowest <= bounds.highest else { return bounds.lowest }
        let inMilliseconds = NumberFormat(of: schema) == .int64
        if let meaning, let named = namedInteger(meaning, in: scope, milliseconds: inMilliseconds, random: &random), bounds.admits(named) {
            return named
        }
        let usual = Self.usualIntegerRange(for: meaning?.kind)
        let (low, high) = Self.clamp(usual, to: bounds.lowest...bounds.highest, span: Self.usualSpan)
        guard let step = bounds.step else { return random.integer(in: low...high) }
        if let quotients = IntegerBounds.quotients(of: step, within: low...high) {
            return step * random.integer(in: quotients)
        }
        return bounds.firstMultiple ?? low
    }

    /// A number within the schema's bounds (exclusive ones too) and `multipleOf`, else in the range the field's
    /// meaning suits (a price, a latitude, a percentage), else between 0 and 1000, with two decimals where they fit
    /// (four for coordinates); always finite (``NumberBounds``).
    ///
    /// When the usual range holds no multiple of `multipleOf`, the nearest one the bounds admit above it, else below
    /// it; when they admit none, a number of the usual range, which breaks `multipleOf`. Multiples too fine to draw
    /// (a quotient past ±``IntegerBounds/limit``) give such a number too, which the validator takes as a multiple.
    /// Bounds that admit no number give the lower one.
    func number(_ schema: Schema, meaning: FieldMeaning?, random: inout SeededRandom) -> Double {
        let bounds = NumberBounds(schema)
        guard bounds.lowest <= bounds.highest else { return bounds.lowest }
        let usual = Self.usualNumberRange(for: meaning?.kind)
        let (low, high) = Self.clamp(usual, to: bounds.lowest...bounds.highest, span: Double(Self.usualSpan))
        if let step = bounds.step {
            let (first, last) = bounds.quotients(of: step, from: low, to: high)
            if first <= last, abs(first) < NumberBounds.quotientLimit, abs(last) < NumberBounds.quotientLimit {
                return NumberBounds.tidy(Double(random.integer(in: Int(first)...Int(last))) * step)
            }
            if first > last, let nearest = [first, last].lazy.map({ NumberBounds.tidy($0 * step) }).first(where: bounds.admits) {
                return nearest
            }
        }
        var value = low + random.fraction() * (high - low)
        if !bounds.admits(value) { value = (low + high) / 2 }
        let rounded = Self.rounded(value, places: meaning?.kind == .latitude || meaning?.kind == .longitude ? 4 : 2)
        return bounds.admits(rounded) ? rounded : value
    }

    /// The integer the meaning itself gives, when it gives one: the entity's age or year, a moment since 1970 (in
    /// `milliseconds`, as an `int64` usually counts them, else in seconds), a duration in seconds, a port, a rating,
    /// a page size.
    private func namedInteger(_ meaning: FieldMeaning, in scope: GenerationScope, milliseconds: Bool, random: inout SeededRandom) -> Int? {
        switch meaning.kind {
        case .age, .year, .rating, .port, .page, .pageSize, .totalPages, .percentage:
            if case .integer(let number) = fieldValue(meaning, in: scope, random: &random) { return number }
            return nil
        case .duration:
            return SampleText.durationSeconds(&random)
        default:
            return moment(meaning, in: scope, random: &random).map { milliseconds ? $0 * 1000 : $0 }
        }
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

    /// The range a field's meaning suggests for a number.
    private static func usualNumberRange(for kind: FieldKind?) -> ClosedRange<Double> {
        switch kind {
        case .price: 1...500
        case .latitude: -60...70
        case .longitude: -180...180
        case .percentage: 0...100
        case .rating: 1...5
        default: 0...Double(usualSpan)
        }
    }

    /// `usual` moved inside `bounds`: their overlap, else `span` from the bound it lies beyond.
    private static func clamp<Value: Numeric & Comparable>(
        _ usual: ClosedRange<Value>, to bounds: ClosedRange<Value>, span: Value
    ) -> (Value, Value) {
        if usual.overlaps(bounds) {
            return (max(usual.lowerBound, bounds.lowerBound), min(usual.upperBound, bounds.upperBound))
        }
        if usual.upperBound < bounds.lowerBound {
            return (bounds.lowerBound, min(bounds.lowerBound + span, bounds.upperBound))
        }
        return (max(bounds.upperBound - span, bounds.lowerBound), bounds.upperBound)
    }
}
