import Foundation
import Synchronization

/// Compiled `pattern`s, shared by every check: each regular expression is compiled once (at most
/// ``capacity`` are kept; the cache starts over when full). A pattern that does not compile is remembered as such.
///
/// Contracts write ECMA-262 regular expressions; `NSRegularExpression` (ICU) stands in for them. The two agree on
/// the syntax contracts use (classes, quantifiers, anchors, groups); where ICU's shorthand classes are wider than
/// ECMA-262's (`\d` and `\w` are ASCII-only there), the pattern is rewritten before compiling. Other corners
/// (lookbehind, `\p{…}` names, flags) follow ICU.
final class PatternCache: Sendable {
    static let capacity = 512

    private enum Entry {
        case compiled(NSRegularExpression)
        case invalid
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The compiled `pattern`, or nil when it is not a valid regular expression.
    func expression(_ pattern: String) -> NSRegularExpression? {
        let known = entries.withLock { $0[pattern] }
        switch known {
        case .compiled(let expression): return expression
        case .invalid: return nil
        case nil: break
        }
        let expression = try? NSRegularExpression(pattern: Self.icuPattern(forECMAScript: pattern))
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[pattern] = expression.map(Entry.compiled) ?? .invalid
        }
        return expression
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
