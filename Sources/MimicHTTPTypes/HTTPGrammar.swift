/// Byte classes of the HTTP grammar (RFC 9110 §5.6, RFC 9112), as lookups on single bytes. The bytes and the
/// single-byte tests are inlinable: the parsers of MimicHTTP call them for every byte of a request.
package enum HTTPGrammar {
    @inlinable package static var space: UInt8 { 0x20 }
    @inlinable package static var tab: UInt8 { 0x09 }
    @inlinable package static var carriageReturn: UInt8 { 0x0D }
    @inlinable package static var lineFeed: UInt8 { 0x0A }
    @inlinable package static var colon: UInt8 { 0x3A }
    @inlinable package static var semicolon: UInt8 { 0x3B }
    @inlinable package static var equals: UInt8 { 0x3D }
    @inlinable package static var quote: UInt8 { 0x22 }
    @inlinable package static var backslash: UInt8 { 0x5C }
    @inlinable package static var slash: UInt8 { 0x2F }
    @inlinable package static var questionMark: UInt8 { 0x3F }
    @inlinable package static var numberSign: UInt8 { 0x23 }
    @inlinable package static var asterisk: UInt8 { 0x2A }

    /// `tchar`: the characters of a token (method, field name, transfer coding, chunk extension name): digits,
    /// letters and ``!#$%&'*+-.^_`|~``.
    @inlinable package static func isToken(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E...0x60, 0x7C, 0x7E:
            true
        default:
            false
        }
    }

    /// A byte allowed inside a field value: visible ASCII, obs-text, space and tab.
    @inlinable package static func isFieldValue(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F || byte == tab
    }

    /// A byte allowed in a request-target: visible ASCII only (no space, control or non-ASCII byte).
    @inlinable package static func isTarget(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    @inlinable package static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    @inlinable package static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The value of a hexadecimal digit, or nil.
    package static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    @inlinable package static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
    }

    /// `text.lowercased()`, worked out on the bytes when the text is ASCII (no Unicode table is looked up, and
    /// text already in lower case is not copied); other text is lowered by Unicode's rules, as `lowercased()` does.
    package static func lowercased(_ text: some StringProtocol) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        guard bytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return String(text) }
        return String(decoding: bytes.map(lowercased), as: UTF8.self)
    }
}
