/// Checks that the input is well-formed UTF-8 (and, for YAML, printable) before any parsing starts,
/// so that the scanners can work on bytes without ever meeting a broken sequence.
enum YAMLInputValidator {
    /// Throws `yaml.invalid-utf8` at the first malformed UTF-8 sequence and, when `printableOnly`,
    /// `yaml.invalid-character` at the first character YAML does not allow in a stream.
    static func validate(_ buf: UnsafeBufferPointer<UInt8>, printableOnly: Bool) throws(YAMLError) {
        var i = 0
        let n = buf.count
        while i < n {
            if i + 8 <= n, let base = buf.baseAddress, isPlainASCII(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), printableOnly: printableOnly) {
                i += 8
                continue
            }
            let b = buf[i]
            if b < 0x80 {
                // Line breaks are not counted here: only a fault needs its line (see ``mark(at:in:)``).
                if printableOnly, (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                    throw fail(buf, i, code: "yaml.invalid-character",
                               "control character \(hex(UInt32(b))) is not allowed in YAML; remove it or write it as an escape inside a double-quoted string")
                }
                i += 1
                continue
            }
            let (scalar, length) = decode(buf, at: i)
            guard let scalar else {
                throw fail(buf, i, code: "yaml.invalid-utf8",
                           "byte 0x\(String(b, radix: 16, uppercase: true)) is not valid UTF-8; the file must be saved as UTF-8 text")
            }
            if printableOnly, !isPrintable(scalar) {
                throw fail(buf, i, code: "yaml.invalid-character",
                           "character \(hex(scalar)) is not allowed in YAML; remove it or write it as an escape inside a double-quoted string")
            }
            i += length
        }
    }

    /// Whether the 8 bytes of `word` are ASCII that needs no look (when `printableOnly`, none a control character
    /// or DEL, line breaks and tabs included, which the byte-by-byte check then takes).
    @inline(__always) private static func isPlainASCII(_ word: UInt64, printableOnly: Bool) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return false }
        guard printableOnly else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let belowSpace = (word &- 0x20 &* ones) & ~word & high
        let delete = word ^ (0x7F &* ones)
        let hasDelete = (delete &- ones) & ~delete & high
        return belowSpace | hasDelete == 0
    }

    /// The mark of `offset`: its line counted from the start (`\r\n`, `\r` and `\n` each end one).
    private static func mark(at offset: Int, in buf: UnsafeBufferPointer<UInt8>) -> YAMLMark {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            if buf[i] == 0x0A {
                line += 1
                lineStart = i + 1
            } else if buf[i] == 0x0D {
                if i + 1 < offset, buf[i + 1] == 0x0A { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return YAMLMark(offset: offset, line: line, lineStart: lineStart)
    }

    /// Decodes the multi-byte sequence starting at `i`; nil when it is malformed, overlong, a surrogate
    /// or beyond U+10FFFF.
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32?, Int) {
        let b0 = UInt32(buf[i])
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = b0 & 0x1F
        case 0xE0...0xEF: length = 3; value = b0 & 0x0F
        case 0xF0...0xF4: length = 4; value = b0 & 0x07
        default: return (nil, 1)
        }
        guard i + length <= buf.count else { return (nil, 1) }
        for k in 1..<length {
            let b = UInt32(buf[i + k])
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | (b & 0x3F)
        }
        let minimum: UInt32 = length == 3 ? 0x800 : (length == 4 ? 0x10000 : 0x80)
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (nil, 1) }
        return (value, length)
    }

    /// YAML's `c-printable` for characters outside ASCII.
    private static func isPrintable(_ c: UInt32) -> Bool {
        c == 0x85 || (0xA0...0xD7FF).contains(c) || (0xE000...0xFFFD).contains(c) || c >= 0x10000
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func fail(_ buf: UnsafeBufferPointer<UInt8>, _ offset: Int, code: String, _ message: String) -> YAMLError {
        YAMLError(code: code, message: message, location: YAMLReader.location(of: mark(at: offset, in: buf), in: buf))
    }
}
