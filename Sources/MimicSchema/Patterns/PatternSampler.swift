/// Draws strings that match a regular expression written in the syntax contracts commonly use: literals,
/// escapes (`\d`, `\w`, `\s`, `\.`, `\uXXXX` …), character classes with ranges and negation, `.`, groups (plain,
/// non-capturing, named) with alternation, the quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` (lazy or
/// possessive too), and the anchors `^` and `$`.
///
/// Anything else (look-around, back-references, word boundaries, inline flags) makes ``init(pattern:)`` fail,
/// and the caller falls back to checking candidates with `NSRegularExpression`.
struct PatternSampler: Sendable {
    /// A piece of a pattern.
    indirect enum Node: Sendable {
        /// One of these characters.
        case characters([Unicode.Scalar])
        /// One of the alternatives, each a sequence.
        case group([[Node]])
        /// `node` repeated between `minimum` and `maximum` times.
        case repeated(Node, minimum: Int, maximum: Int)
    }

    /// Repetitions drawn beyond a quantifier's minimum, at most.
    static let extraRepetitions = 2

    let alternatives: [[Node]]

    /// The sampler for `pattern`, or nil when the pattern uses syntax outside the supported subset.
    init?(pattern: String) {
        var parser = PatternParser(pattern)
        guard let alternatives = parser.parseAlternatives(), parser.isAtEnd else { return nil }
        self.alternatives = alternatives
    }

    /// A string the pattern matches, drawn in at most ``GenerationLimits/stringLength`` steps (a character, a group
    /// or a repetition each): nested quantifiers (`((a{1000}){1000}){1000}`) are cut short there, so the string is
    /// at most that long and costs no more to draw, matching the pattern no longer.
    func sample(_ random: inout SeededRandom) -> String {
        var text = String.UnicodeScalarView()
        var steps = GenerationLimits.stringLength
        Self.append(.group(alternatives), to: &text, steps: &steps, random: &random)
        return String(text)
    }

    private static func append(_ node: Node, to text: inout String.UnicodeScalarView, steps: inout Int, random: inout SeededRandom) {
        guard steps > 0 else { return }
        steps -= 1
        switch node {
        case .characters(let scalars):
            text.append(random.element(of: scalars))
        case .group(let alternatives):
            for child in random.element(of: alternatives) {
                append(child, to: &text, steps: &steps, random: &random)
            }
        case .repeated(let child, let minimum, let maximum):
            let count = random.integer(in: minimum...min(maximum, minimum + extraRepetitions))
            for _ in 0..<count {
                guard steps > 0 else { break }
                append(child, to: &text, steps: &steps, random: &random)
            }
        }
    }
}
