import Foundation

/// What Mimic makes of `pattern`s, each worked out once and shared: the compiled regular expression every check
/// uses, and the ``PatternSampler`` that generates strings (at most ``capacity`` of each are kept). A pattern
/// that does not compile, or that the sampler does not support, is remembered as such.
///
/// Contracts write ECMA-262 regular expressions; `NSRegularExpression` (ICU) stands in for them. The two agree on
/// the syntax contracts use (classes, quantifiers, anchors, groups); where ICU's shorthand classes are wider than
/// ECMA-262's (`\d` and `\w` are ASCII-only there), the pattern is rewritten before compiling. Other corners
/// (lookbehind, `\p{…}` names, flags) follow ICU.
///
/// A pattern's expression and sampler depend on its text alone, so one cache, ``shared``, serves every validator and
/// generator in the process: a pattern is compiled once however many engines and checks use it.
final class PatternCache: Sendable {
    static let capacity = 512

    /// The cache every ``SchemaValidator`` and ``DataGenerator`` uses.
    static let shared = PatternCache()

    private let expressions = BoundedMemo<String, NSRegularExpression?>(capacity: capacity)
    private let samplers = BoundedMemo<String, PatternSampler?>(capacity: capacity)

    /// The compiled `pattern`, or nil when it is not a valid regular expression.
    func expression(_ pattern: String) -> NSRegularExpression? {
        expressions.value(for: pattern) { try? NSRegularExpression(pattern: Self.icuPattern(forECMAScript: $0)) }
    }

    /// The sampler for `pattern`, or nil when the pattern uses syntax outside the sampler's subset.
    func sampler(_ pattern: String) -> PatternSampler? {
        samplers.value(for: pattern, making: PatternSampler.init(pattern:))
    }

    /// `pattern` with ECMA-262's meaning of `\d`, `\w` and `\s` (and their negations) spelt out for ICU, in and
    /// out of bracket classes.
    static func icuPattern(forECMAScript pattern: String) -> String {
        var rewritten = ""
        var escaped = false, inClass = false
        for scalar in pattern.unicodeScalars {
            if !escaped {
                if scalar == "[" { inClass = true } else if scalar == "]" { inClass = false }
                escaped = scalar == "\\"
                if !escaped { rewritten.unicodeScalars.append(scalar) }
                continue
            }
            escaped = false
            let members: String? = switch scalar {
            case "d", "D": "0-9"
            case "w", "W": "A-Za-z0-9_"
            case "s", "S": "\\s\\uFEFF"
            default: nil
            }
            guard let members else {
                rewritten += "\\"
                rewritten.unicodeScalars.append(scalar)
                continue
            }
            let negated = scalar.properties.isUppercase
            rewritten += inClass && !negated ? members : (negated ? "[^" : "[") + members + "]"
        }
        return escaped ? rewritten + "\\" : rewritten
    }

    /// Whether `text` contains a match of `pattern` (unanchored, as JSON Schema has it); an invalid pattern
    /// constrains nothing.
    func text(_ text: String, matches pattern: String) -> Bool {
        guard let expression = expression(pattern) else { return true }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
