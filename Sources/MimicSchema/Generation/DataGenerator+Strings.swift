import MimicContracts

extension DataGenerator {
    /// A string for `schema`, whose field means `meaning` (nil: nothing known but what an `email` or `hostname`
    /// format implies, the entity's address or its company's host). What the meaning gives is kept when
    /// the schema allows it: in the schema's format when Mimic generates the format (``StringFormat``, read
    /// leniently; a date-time's day for a `date`), and matching its pattern and lengths; else the format's own
    /// sample, else a string matching the pattern. A string with neither is what the meaning gives (two words when
    /// nothing is known) fitted to `minLength`/`maxLength`: padded for `minLength` only when `padded`, and to
    /// ``GenerationLimits/stringLength`` at most.
    func string(_ schema: Schema, meaning: FieldMeaning?, in scope: GenerationScope, padded: Bool, random: inout SeededRandom) -> String {
        let format = schema.format.flatMap(StringFormat.init(lenientName:))
        let meaning = meaning ?? format?.impliedKind.map { FieldMeaning(kind: $0) }
        let named = meaning.flatMap { fieldValue($0, in: scope, random: &random).scalarText }
        if let named, let kept = kept(named, by: schema, format: format) {
            return kept
        }
        if let format, let text = format.sample(in: scope, random: &random) {
            return text
        }
        let text = named ?? SampleText.words(&random)
        if let pattern = schema.pattern {
            let lengths = max(schema.minLength ?? 0, 0)...max(schema.maxLength ?? Int.max, schema.minLength ?? 0, 0)
            return string(matching: pattern, lengths: lengths, preferring: text, random: &random)
        }
        let minLength = padded ? schema.minLength.map { min($0, GenerationLimits.stringLength) } : nil
        return Self.fitted(text, minLength: minLength, maxLength: schema.maxLength, random: &random)
    }

    /// `text` (put in `format`, when it has one) if it keeps the format, the pattern and the lengths; else nil.
    private func kept(_ text: String, by schema: Schema, format: StringFormat?) -> String? {
        var text = text
        if let format {
            guard let inFormat = Self.text(text, in: format), format.admits(inFormat, patterns: patterns) else { return nil }
            text = inFormat
        } else if schema.pattern == nil {
            return nil
        }
        guard text.count >= (schema.minLength ?? 0), text.count <= (schema.maxLength ?? .max) else { return nil }
        if let pattern = schema.pattern, !patterns.text(text, matches: pattern) { return nil }
        return text
    }

    /// `text` in `format`: a date-time's day for a `date`, its time for a `time`, a day's midnight for a
    /// `date-time`; anything else as it is (the format's check judges it).
    private static func text(_ text: String, in format: StringFormat) -> String? {
        let isDateTime = FormatChecker.isDateTime(text)
        switch format {
        case .date where isDateTime: return String(text.prefix(10))
        case .time where isDateTime: return String(text.dropFirst(11))
        case .dateTime where FormatChecker.isDate(text): return text + "T00:00:00Z"
        case .binary, .password, .byte, .regex: return nil
        default: return text
        }
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
