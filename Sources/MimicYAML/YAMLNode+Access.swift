// TEMPORARY accessors until the parser branch lands.
extension YAMLNode {
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.last { $0.key.scalar?.text == key }?.value
    }
    public var scalar: YAMLScalar? { if case .scalar(let s) = content { s } else { nil } }
    public var string: String? { scalar.flatMap { $0.kind == .null ? nil : $0.text } }
    public var bool: Bool? { scalar.flatMap { $0.kind == .bool ? $0.text.lowercased() == "true" : nil } }
    public var integer: Int? { scalar.flatMap { $0.kind == .integer ? Int($0.text) : nil } }
    public var double: Double? { scalar.flatMap { $0.kind == .integer || $0.kind == .float ? Double($0.text) : nil } }
    public var isNull: Bool { scalar?.kind == .null }
    public var sequence: [YAMLNode]? { if case .sequence(let s) = content { s } else { nil } }
    public var mapping: [YAMLPair]? { if case .mapping(let s) = content { s } else { nil } }
}
// TEMPORARY: reads JSON only (no YAML), so importers can be tested before the parser branch lands.
public enum YAML {
    public static func parseFirstDocument(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        var reader = TemporaryJSONReader(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipSpace()
        guard reader.index < bytes.count else { return nil }
        let node = try reader.value()
        reader.skipSpace()
        guard reader.index == bytes.count else { throw reader.failure("trailing content") }
        return node
    }
}
struct TemporaryJSONReader {
    let bytes: [UInt8]
    var index = 0, line = 1, column = 1

    var here: SourceLocation { SourceLocation(line: line, column: column, offset: index) }
    func failure(_ message: String) -> YAMLError { YAMLError(code: "json.invalid", message: message, location: here) }

    mutating func advance() {
        if bytes[index] == 0x0A { line += 1; column = 1 } else if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
    }
    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { advance() }
    }
    /// Skips a `,` and says so, or says there is none.
    mutating func comma() -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
        advance()
        return true
    }
    func next(is byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }
    mutating func expect(_ byte: UInt8) throws(YAMLError) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw failure("expected \(Character(Unicode.Scalar(byte)))") }
        advance()
    }
    mutating func value() throws(YAMLError) -> YAMLNode {
        skipSpace()
        let start = here
        guard index < bytes.count else { throw failure("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            advance(); skipSpace()
            var pairs: [YAMLPair] = []
            if next(is: UInt8(ascii: "}")) { advance(); return YAMLNode(.mapping([]), at: start) }
            repeat {
                skipSpace()
                let key = try value()
                try expect(UInt8(ascii: ":"))
                pairs.append(YAMLPair(key: key, value: try value()))
            } while comma()
            try expect(UInt8(ascii: "}"))
            return YAMLNode(.mapping(pairs), at: start)
        case UInt8(ascii: "["):
            advance(); skipSpace()
            var elements: [YAMLNode] = []
            if next(is: UInt8(ascii: "]")) { advance(); return YAMLNode(.sequence([]), at: start) }
            repeat {
                elements.append(try value())
            } while comma()
            try expect(UInt8(ascii: "]"))
            return YAMLNode(.sequence(elements), at: start)
        case UInt8(ascii: "\""):
            advance()
            var text: [UInt8] = []
            var units: [UInt16] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "\\") {
                    advance()
                    guard index < bytes.count else { break }
                    let escaped = bytes[index]
                    advance()
                    if escaped == UInt8(ascii: "u"), index + 4 <= bytes.count,
                       let unit = UInt16(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) {
                        for _ in 0..<4 { advance() }
                        units.append(unit)
                        continue
                    }
                    if !units.isEmpty { text += Array(String(decoding: units, as: UTF16.self).utf8); units = [] }
                    let map: [UInt8: UInt8] = [0x6E: 0x0A, 0x74: 0x09, 0x72: 0x0D, 0x62: 0x08, 0x66: 0x0C]
                    text.append(map[escaped] ?? escaped)
                } else {
                    if !units.isEmpty { text += Array(String(decoding: units, as: UTF16.self).utf8); units = [] }
                    text.append(bytes[index])
                    advance()
                }
            }
            if !units.isEmpty { text += Array(String(decoding: units, as: UTF16.self).utf8) }
            try expect(UInt8(ascii: "\""))
            return YAMLNode(.scalar(YAMLScalar(String(decoding: text, as: UTF8.self), kind: .string)), at: start)
        default:
            var word: [UInt8] = []
            while index < bytes.count, !Set(" \t\r\n,]}:".utf8).contains(bytes[index]) { word.append(bytes[index]); advance() }
            let text = String(decoding: word, as: UTF8.self)
            let kind: YAMLScalar.Kind
            switch text {
            case "null": kind = .null
            case "true", "false": kind = .bool
            case _ where Int(text) != nil: kind = .integer
            case _ where Double(text) != nil: kind = .float
            default: throw YAMLError(code: "json.invalid", message: "unexpected '\(text)'", location: start)
            }
            return YAMLNode(.scalar(YAMLScalar(text, kind: kind)), at: start)
        }
    }
}
