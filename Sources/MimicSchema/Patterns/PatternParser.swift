/// Reads a regular expression into ``PatternSampler/Node``s; every `parse` method returns nil for syntax
/// outside the supported subset, and for groups nested deeper than ``GenerationLimits/depth`` (which would otherwise
/// take as much stack as the pattern has parentheses).
struct PatternParser {
    private typealias Node = PatternSampler.Node

    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// The groups open at `index`.
    private var depth = 0

    /// The printable ASCII characters (space to `~`), what character classes are sampled from when they can be.
    private static let printable: [Unicode.Scalar] = (0x20...0x7E).compactMap(Unicode.Scalar.init)
    private static let digits: [Unicode.Scalar] = Array("0123456789".unicodeScalars)
    private static let letters: [Unicode.Scalar] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
    private static let wordCharacters = letters + digits + ["_"]

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    var isAtEnd: Bool {
        index == scalars.count
    }

    private var current: Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    /// `sequence ('|' sequence)*`, up to a `)` or the end.
    mutating func parseAlternatives() -> [[PatternSampler.Node]]? {
        var alternatives: [[Node]] = []
        var sequence: [Node] = []
        while let scalar = current, scalar != ")" {
            if scalar == "|" {
                index += 1
                alternatives.append(sequence)
                sequence = []
                continue
            }
            guard let atom = parseAtom() else { return nil }
            guard let atom else { continue }
            guard let quantified = parseQuantifier(on: atom) else { return nil }
            sequence.append(quantified)
        }
        alternatives.append(sequence)
        return alternatives
    }

    /// One atom; `.some(nil)` for an anchor, which matches no character.
    private mutating func parseAtom() -> Node?? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "^", "$":
            return .some(nil)
        case ".":
            return .characters(Self.letters + Self.digits)
        case "[":
            guard let members = parseClass() else { return nil }
            return .characters(members)
        case "(":
            return parseGroup()
        case "\\":
            guard let escaped = parseEscape() else { return nil }
            guard let escaped else { return .some(nil) }
            return .characters(escaped)
        case "*", "+", "?":
            return nil
        default:
            return .characters([scalar])
        }
    }

    /// A group's body after `(`: plain, `(?:…)` or named; nil for look-around, inline flags and a group too deep.
    private mutating func parseGroup() -> Node?? {
        guard depth < GenerationLimits.depth else { return nil }
        depth += 1
        defer { depth -= 1 }
        if current == "?" {
            index += 1
            switch current {
            case ":": index += 1
            case "<" where index + 1 < scalars.count && !["=", "!"].contains(scalars[index + 1]), "P", "'":
                guard skipGroupName() else { return nil }
            default: return nil
            }
        }
        guard let alternatives = parseAlternatives(), current == ")" else { return nil }
        index += 1
        return .group(alternatives)
    }

    /// Skips `<name>`, `P<name>` or `'name'`.
    private mutating func skipGroupName() -> Bool {
        if current == "P" { index += 1 }
        let close: Unicode.Scalar = current == "'" ? "'" : ">"
        while let scalar = current, scalar != close { index += 1 }
        guard current == close else { return false }
        index += 1
        return true
    }

    /// The quantifier after an atom, if any, applied to it; nil for a malformed one.
    private mutating func parseQuantifier(on node: Node) -> Node? {
        let bounds: (Int, Int)
        switch current {
        case "?": bounds = (0, 1)
        case "*": bounds = (0, Int.max)
        case "+": bounds = (1, Int.max)
        case "{":
            guard let braced = parseBraces() else { return node }
            bounds = braced
        default: return node
        }
        index += 1
        if current == "?" || current == "+" { index += 1 }
        guard bounds.0 <= bounds.1 else { return nil }
        return .repeated(node, minimum: bounds.0, maximum: bounds.1)
    }

    /// `{n}`, `{n,}` or `{n,m}` (index left on the `}`); nil, index unchanged, when the brace is a literal.
    private mutating func parseBraces() -> (Int, Int)? {
        let start = index
        index += 1
        let minimum = parseNumber()
        var maximum = minimum
        if current == "," {
            index += 1
            maximum = parseNumber() ?? Int.max
        }
        guard let minimum, let maximum, current == "}" else {
            index = start
            return nil
        }
        return (minimum, maximum)
    }

    private mutating func parseNumber() -> Int? {
        var digits = ""
        while let scalar = current, Self.digits.contains(scalar) {
            digits.unicodeScalars.append(scalar)
            index += 1
        }
        return digits.isEmpty ? nil : Int(digits).map { min($0, 1000) }
    }

    /// The characters of an escape after `\`; `.some(nil)` for an anchor (`\A`, `\z`, `\Z`), nil if unsupported.
    private mutating func parseEscape() -> [Unicode.Scalar]?? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "A", "z", "Z": return .some(nil)
        case "d": return Self.digits
        case "D", "S": return Self.letters
        case "w": return Self.wordCharacters
        case "W": return ["-"]
        case "s": return [" "]
        case "n": return ["\n"]
        case "t": return ["\t"]
        case "r": return ["\r"]
        case "f": return ["\u{0C}"]
        case "v": return ["\u{0B}"]
        case "u": return parseHexScalar(digits: 4).map { [$0] }
        case "x": return parseHexScalar(digits: 2).map { [$0] }
        case _ where scalar.properties.isAlphabetic || Self.digits.contains(scalar): return nil
        default: return [scalar]
        }
    }

    private mutating func parseHexScalar(digits count: Int) -> Unicode.Scalar? {
        guard index + count <= scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + count])), radix: 16) else { return nil }
        index += count
        return Unicode.Scalar(value)
    }

    /// A class's members after `[`, as the characters to draw from: its printable ASCII members when it
    /// has any (for a negated class, the printable ASCII non-members), else its first few members.
    private mutating func parseClass() -> [Unicode.Scalar]? {
        let negated = current == "^"
        if negated { index += 1 }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while let scalar = current, scalar != "]" || first {
            first = false
            index += 1
            let members: [Unicode.Scalar]
            if scalar == "\\" {
                guard let escaped = parseEscape(), let escaped else { return nil }
                members = escaped
            } else {
                members = [scalar]
            }
            if members.count == 1, current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                guard let upper = parseClassCharacter(), members[0].value <= upper.value else { return nil }
                ranges.append(members[0].value...upper.value)
            } else {
                ranges += members.map { $0.value...$0.value }
            }
        }
        guard current == "]" else { return nil }
        index += 1
        let inClass = { (scalar: Unicode.Scalar) in ranges.contains { $0.contains(scalar.value) } }
        let printable = Self.printable.filter { inClass($0) != negated }
        if !printable.isEmpty || negated { return printable.isEmpty ? nil : printable }
        return Array(ranges.lazy.flatMap { $0 }.compactMap(Unicode.Scalar.init).prefix(64))
    }

    /// The upper end of a range: one character, maybe escaped.
    private mutating func parseClassCharacter() -> Unicode.Scalar? {
        guard let scalar = current else { return nil }
        index += 1
        guard scalar == "\\" else { return scalar }
        guard let escaped = parseEscape(), let escaped, escaped.count == 1 else { return nil }
        return escaped[0]
    }
}
