/// The YAML 1.2 core schema: how a plain scalar's text resolves to null, bool, int, float or string,
/// and how those texts turn into values.
enum YAMLCoreSchema {
    /// The prefix of the standard tags (`!!str` is `tag:yaml.org,2002:str`).
    static let tagPrefix = "tag:yaml.org,2002:"

    /// The kind of a plain, untagged scalar.
    static func resolve(_ text: String) -> YAMLScalar.Kind {
        var text = text
        return text.withUTF8 { resolve($0) }
    }

    static func resolve(_ s: UnsafeBufferPointer<UInt8>) -> YAMLScalar.Kind {
        guard let first = s.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(s) ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return boolValue(s) != nil ? .bool : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if isInteger(s) { return .integer }
            return isFloat(s) ? .float : .string
        default:
            return .string
        }
    }

    /// `~`, `null`, `Null`, `NULL` or the empty text.
    static func isNull(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        matches(s, "") || matches(s, "~") || matches(s, "null") || matches(s, "Null") || matches(s, "NULL")
    }

    static func isNull(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isNull($0) }
    }

    static func boolValue(_ s: UnsafeBufferPointer<UInt8>) -> Bool? {
        if matches(s, "true") || matches(s, "True") || matches(s, "TRUE") { return true }
        if matches(s, "false") || matches(s, "False") || matches(s, "FALSE") { return false }
        return nil
    }

    static func boolValue(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { boolValue($0) }
    }

    /// `[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+`
    static func isInteger(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        if s.count > 2, s[0] == UInt8(ascii: "0") {
            if s[1] == UInt8(ascii: "o") {
                return s.dropFirst(2).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }
            }
            if s[1] == UInt8(ascii: "x") {
                return s.dropFirst(2).allSatisfy { YAMLReader.hexValue($0) != nil }
            }
        }
        let digits = s.first == UInt8(ascii: "-") || s.first == UInt8(ascii: "+") ? s.dropFirst() : s[...]
        return !digits.isEmpty && digits.allSatisfy(isDigit)
    }

    static func isInteger(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isInteger($0) }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
    static func isFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        if matches(s, ".nan") || matches(s, ".NaN") || matches(s, ".NAN") { return true }
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        let rest = UnsafeBufferPointer(rebasing: s[i...])
        if matches(rest, ".inf") || matches(rest, ".Inf") || matches(rest, ".INF") { return true }
        let integerStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        let integerDigits = i - integerStart
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            if integerDigits == 0, i == fractionStart { return false }
        } else if integerDigits == 0 {
            return false
        }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
            let exponentStart = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            if i == exponentStart { return false }
        }
        return i == s.count
    }

    static func isFloat(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isFloat($0) }
    }

    /// The value of a core-schema integer text; nil when it is not one or does not fit in `Int`.
    static func integerValue(_ text: String) -> Int? {
        guard isInteger(text) else { return nil }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        return Int(text)
    }

    /// The value of a core-schema integer or float text (`.inf`, `-.inf` and `.nan` included).
    static func doubleValue(_ text: String) -> Double? {
        if isInteger(text) {
            if let value = integerValue(text) { return Double(value) }
            return Double(decimalText(ofInteger: text))
        }
        guard isFloat(text) else { return nil }
        let lower = text.lowercased()
        if lower == ".nan" { return .nan }
        if lower.hasSuffix(".inf") { return lower.hasPrefix("-") ? -.infinity : .infinity }
        return Double(text)
    }

    /// The exact decimal spelling of a core-schema integer text of any size: `0x1F` → `31`,
    /// `+007` → `7`, `-0` → `0`.
    static func decimalText(ofInteger text: String) -> String {
        var digits = Array(text.utf8)[...]
        var radix = 10
        var negative = false
        if digits.starts(with: "0o".utf8) {
            radix = 8
            digits = digits.dropFirst(2)
        } else if digits.starts(with: "0x".utf8) {
            radix = 16
            digits = digits.dropFirst(2)
        } else if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        while digits.count > 1, digits.first == UInt8(ascii: "0") { digits = digits.dropFirst() }
        var decimal: String
        if radix == 10 {
            decimal = String(decoding: digits, as: UTF8.self)
        } else if let value = UInt64(String(decoding: digits, as: UTF8.self), radix: radix) {
            decimal = String(value)
        } else {
            decimal = convertToDecimal(digits, radix: radix)
        }
        if negative, decimal != "0" { decimal = "-" + decimal }
        return decimal
    }

    /// Base conversion for integers beyond 64 bits, in limbs of 10^9.
    private static func convertToDecimal(_ digits: ArraySlice<UInt8>, radix: Int) -> String {
        let base = 1_000_000_000
        var limbs: [Int] = [0]  // least significant first
        for c in digits {
            var carry = Int(YAMLReader.hexValue(c) ?? 0)
            for k in limbs.indices {
                let value = limbs[k] * radix + carry
                limbs[k] = value % base
                carry = value / base
            }
            if carry > 0 { limbs.append(carry) }
        }
        var text = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool {
        c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
    }

    @inline(__always) private static func matches(_ s: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard s.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<s.count where s[i] != w[i] { return false }
        return true
    }
}
