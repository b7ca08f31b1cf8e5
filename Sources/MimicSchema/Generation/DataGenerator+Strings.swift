import MimicContracts

extension DataGenerator {
    /// A string for `schema`: in its format when Mimic generates the format (``StringFormat``, read leniently), else
    /// matching its pattern, else one that suits the field's name; then fitted to `minLength`/`maxLength` (a
    /// formatted or patterned string as it is). It is padded for `minLength` only when `padded`, and to
    /// ``GenerationLimits/stringLength`` at most.
    func string(_ schema: Schema, in scope: GenerationScope, padded: Bool, random: inout SeededRandom) -> String {
        if let format = schema.format.flatMap(StringFormat.init(lenientName:)), let text = format.sample(in: scope, random: &random) {
            return text
        }
        let named = fieldText(in: scope, random: &random)
        if let pattern = schema.pattern {
            let lengths = max(schema.minLength ?? 0, 0)...max(schema.maxLength ?? Int.max, schema.minLength ?? 0, 0)
            return string(matching: pattern, lengths: lengths, preferring: named, random: &random)
        }
        let minLength = padded ? schema.minLength.map { min($0, GenerationLimits.stringLength) } : nil
        return Self.fitted(named, minLength: minLength, maxLength: schema.maxLength, random: &random)
    }

    /// The text of the value a field's name suggests (`status` → `active`, `owner_id` → `4821`).
    private func fieldText(in scope: GenerationScope, random: inout SeededRandom) -> String {
        let value = fieldValue(scope.fieldName.flatMap(FieldKind.init(fieldName:)), in: scope, random: &random)
        return value.scalarText ?? SampleText.words(&random)
    }

    /// A string matching `pattern`, of a length in `lengths` where it can: drawn from it when it uses only the
    /// common regular-expression syntax (``PatternSampler``; drawn again, up to ``patternDraws`` times, while the
    /// length is out of `lengths`: `[a-z]+` with `minLength: 3` draws until it has three letters); otherwise the
    /// first of a few candidates that matches (one of a length in `lengths` first), else `preferred`.
    private func string(matching pattern: String, lengths: ClosedRange<Int>, preferring preferred: String, random: inout SeededRandom) -> String {
        if let sampler = patterns.sampler(pattern) {
            var sample = sampler.sample(&random)
            for _ in 1..<Self.patternDraws where !lengths.contains(sample.count) {
                sample = sampler.sample(&random)
            }
            return sample
        }
        guard patterns.expression(pattern) != nil else { return preferred }
        let candidates = [preferred, "abc", "ABC", "Abc", "a", "1", "123", "abc123", "a-b", "a.b", "a_b"].filter { patterns.text($0, matches: pattern) }
        return candidates.first { lengths.contains($0.count) } ?? candidates.first ?? preferred
    }

    /// The most times a pattern is drawn for a string of the length its schema asks.
    static let patternDraws = 16

    /// `text` padded with random letters up to `minLength`, or cut to `maxLength`.
    private static func fitted(_ text: String, minLength: Int?, maxLength: Int?, random: inout SeededRandom) -> String {
        var text = text
        if let minLength, text.count < minLength {
            text += SampleText.alphanumeric(&random, count: minLength - text.count)
        }
        if let maxLength, text.count > max(maxLength, 0) {
            text = String(text.prefix(max(maxLength, 0)))
        }
        return text
    }
}
