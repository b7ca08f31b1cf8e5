/// Byte classes of the HTTP grammar (RFC 9110 §5.6, RFC 9112), as lookups on single bytes.
package enum HTTPGrammar {
    package static let space: UInt8 = 0x20
    package static let tab: UInt8 = 0x09
    package static let carriageReturn: UInt8 = 0x0D
    package static let lineFeed: UInt8 = 0x0A
    package static let colon: UInt8 = 0x3A
    package static let semicolon: UInt8 = 0x3B
    package static let equals: UInt8 = 0x3D
    package static let quote: UInt8 = 0x22
    package static let backslash: UInt8 = 0x5C
    package static let slash: UInt8 = 0x2F
    package static let questionMark: UInt8 = 0x3F
    package static let numberSign: UInt8 = 0x23
    package static let asterisk: UInt8 = 0x2A

    /// `tchar`: the characters of a token (method, field name, transfer coding, chunk extension name).
    private static let tokenTable: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"):
            true
        default:
            Array("!#$%&'*+-.^_`|~".utf8).contains(UInt8(byte))
        }
    }

    package static func isToken(_ byte: UInt8) -> Bool {
        tokenTable[Int(byte)]
    }

    /// A byte allowed inside a field value: visible ASCII, obs-text, space and tab.
    package static func isFieldValue(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F || byte == tab
    }

    /// A byte allowed in a request-target: visible ASCII only (no space, control or non-ASCII byte).
    package static func isTarget(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    package static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    package static func isDigit(_ byte: UInt8) -> Bool {
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

    package static func lowercased(_ byte: UInt8) -> UInt8 {
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
