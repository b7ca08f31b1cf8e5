/// A strict, fast JSON (RFC 8259) parser producing the same ``YAMLNode`` trees as the YAML parser:
/// numbers become `.integer` or `.float` by their spelling, strings `.string`, `true`/`false` `.bool`
/// and `null` `.null`, every node with its location. Errors use `json.*` codes.
struct JSONParser {
    private let buf: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private var pos: Int
    private var line = 1
    private var lineStart: Int
    private var depth = 0
    /// The last location computed: its offset and column, for counting the next column on from there.
    private var lastColumn: (offset: Int, column: Int)
    private var scratch: [UInt8] = []

    init(_ buf: UnsafeBufferPointer<UInt8>, start: Int, maxDepth: Int) {
        self.buf = buf
        self.maxDepth = maxDepth
        pos = start
        lineStart = start
        lastColumn = (start, 1)
    }

    /// Parses exactly one JSON value (plus surrounding whitespace) up to the end of the input.
    mutating func parseDocument() throws(YAMLError) -> YAMLNode {
        skipWhitespace()
        let node = try parseValue()
        skipWhitespace()
        guard pos == buf.count else {
            throw error("json.syntax", "expected the end of the input after the JSON value, found \(describeCurrent()); a JSON file holds exactly one value", at: mark)
        }
        return node
    }

    // MARK: - Cursor

    @inline(__always) private func peek() -> UInt8 { pos < buf.count ? buf[pos] : 0 }

    private var mark: YAMLMark { YAMLMark(offset: pos, line: line, lineStart: lineStart) }

    /// The location of `mark`. Its column is counted on from the last location computed when that one is on the
    /// same line and not after it, so that a long one-line document (a 10 MB request body) is read in linear time.
    private mutating func location(of mark: YAMLMark) -> SourceLocation {
        var (offset, column) = lastColumn.offset >= mark.lineStart && lastColumn.offset <= mark.offset ? lastColumn : (mark.lineStart, 1)
        let end = min(mark.offset, buf.count)
        while offset < end {
            if buf[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        lastColumn = (offset, column)
        return SourceLocation(line: mark.line, column: column, offset: mark.offset)
    }

    private func error(_ code: String, _ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(code: code, message: message, location: YAMLReader.location(of: mark, in: buf))
    }

    private mutating func skipWhitespace() {
        while pos < buf.count {
            switch buf[pos] {
            case 0x20, 0x09: pos += 1
            case 0x0A:
                pos += 1
                line += 1
                lineStart = pos
            case 0x0D:
                pos += 1
                if peek() == 0x0A { pos += 1 }
                line += 1
                lineStart = pos
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard pos < buf.count else { return "the end of the input" }
        let c = buf[pos]
        if c < 0x20 { return "control character \(YAMLInputValidator.hex(UInt32(c)))" }
        if c < 0x80 { return "'\(Character(Unicode.Scalar(c)))'" }
        let (value, _) = YAMLInputValidator.decode(buf, at: pos)
        return value.flatMap(Unicode.Scalar.init).map { "'\(Character($0))'" } ?? "a non-UTF-8 byte"
    }

    // MARK: - Values

    private mutating func parseValue() throws(YAMLError) -> YAMLNode {
        let start = mark
        let location = self.location(of: start)
        switch peek() {
        case UInt8(ascii: "{"): return try parseObject(start, location)
        case UInt8(ascii: "["): return try parseArray(start, location)
        case UInt8(ascii: "\""): return YAMLNode(.scalar(YAMLScalar(try parseString(), kind: .string)), at: location)
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool, location)
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool, location)
        case UInt8(ascii: "n"): return try parseLiteral("null", .null, location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(location)
        default:
            let c = peek()
            let looksLikeText = (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || c == UInt8(ascii: "'")
            throw error("json.syntax", "expected a JSON value (object, array, string, number, true, false or null), found \(describeCurrent())\(looksLikeText ? "; strings must be in double quotes" : "")", at: start)
        }
    }

    private mutating func enter(_ start: YAMLMark) throws(YAMLError) {
        depth += 1
        if depth > maxDepth {
            throw error("yaml.too-deep", "JSON arrays and objects are nested more than \(maxDepth) levels deep; flatten the document", at: start)
        }
    }

    private mutating func parseObject(_ start: YAMLMark, _ location: SourceLocation) throws(YAMLError) -> YAMLNode {
        try enter(start)
        pos += 1
        var pairs: [YAMLPair] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            pos += 1
        } else {
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else {
                    throw unexpected(expected: "a string key in double quotes", container: start, closer: "}")
                }
                let keyLocation = self.location(of: mark)
                let key = YAMLNode(.scalar(YAMLScalar(try parseString(), kind: .string)), at: keyLocation)
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else {
                    throw unexpected(expected: "':' after the object key", container: start, closer: "}")
                }
                pos += 1
                skipWhitespace()
                let value = try parseValue()
                pairs.append(YAMLPair(key: key, value: value))
                skipWhitespace()
                if peek() == UInt8(ascii: ",") {
                    pos += 1
                    continue
                }
                guard peek() == UInt8(ascii: "}") else {
                    throw unexpected(expected: "',' or '}' after the object member", container: start, closer: "}")
                }
                pos += 1
                break
            }
        }
        depth -= 1
        return YAMLNode(.mapping(pairs), at: location)
    }

    private mutating func parseArray(_ start: YAMLMark, _ location: SourceLocation) throws(YAMLError) -> YAMLNode {
        try enter(start)
        pos += 1
        var items: [YAMLNode] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            pos += 1
        } else {
            while true {
                skipWhitespace()
                if pos == buf.count { throw unexpected(expected: "a value", container: start, closer: "]") }
                items.append(try parseValue())
                skipWhitespace()
                if peek() == UInt8(ascii: ",") {
                    pos += 1
                    continue
                }
                guard peek() == UInt8(ascii: "]") else {
                    throw unexpected(expected: "',' or ']' after the array element", container: start, closer: "]")
                }
                pos += 1
                break
            }
        }
        depth -= 1
        return YAMLNode(.sequence(items), at: location)
    }

    /// At the end of the input this names the unclosed container, otherwise what was expected.
    private func unexpected(expected: String, container: YAMLMark, closer: String) -> YAMLError {
        if pos >= buf.count {
            let what = closer == "}" ? "JSON object" : "JSON array"
            return error("json.unterminated", "\(what) opened here is never closed; add the missing '\(closer)'", at: container)
        }
        return error("json.syntax", "expected \(expected), found \(describeCurrent())", at: mark)
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: YAMLScalar.Kind, _ location: SourceLocation) throws(YAMLError) -> YAMLNode {
        let start = mark
        let count = word.utf8CodeUnitCount
        var matches = pos + count <= buf.count
        for i in 0..<count where matches && buf[pos + i] != word.utf8Start[i] { matches = false }
        guard matches else {
            throw error("json.syntax", "expected a JSON value (object, array, string, number, true, false or null), found \(describeCurrent()); strings must be in double quotes", at: start)
        }
        pos += count
        return YAMLNode(.scalar(YAMLScalar(word.description, kind: kind)), at: location)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`
    private mutating func parseNumber(_ location: SourceLocation) throws(YAMLError) -> YAMLNode {
        let start = pos
        var isFloat = false
        if peek() == UInt8(ascii: "-") { pos += 1 }
        if peek() == UInt8(ascii: "0") {
            pos += 1
            if isDigit(peek()) {
                throw error("json.syntax", "numbers in JSON cannot have leading zeros", at: mark)
            }
        } else {
            try digits("after '-'")
        }
        if peek() == UInt8(ascii: ".") {
            pos += 1
            isFloat = true
            try digits("after the decimal point")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            pos += 1
            isFloat = true
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { pos += 1 }
            try digits("in the exponent")
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
        return YAMLNode(.scalar(YAMLScalar(text, kind: isFloat ? .float : .integer)), at: location)
    }

    private mutating func digits(_ place: String) throws(YAMLError) {
        guard isDigit(peek()) else {
            throw error("json.syntax", "expected a digit \(place), found \(describeCurrent())", at: mark)
        }
        while isDigit(peek()) { pos += 1 }
    }

    @inline(__always) private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    // MARK: - Strings

    private mutating func parseString() throws(YAMLError) -> String {
        let start = mark
        pos += 1
        let runStart = pos
        while pos < buf.count {
            let c = buf[pos]
            if c == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buf[runStart..<pos]), as: UTF8.self)
                pos += 1
                return text
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { break }
            pos += 1
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: buf[runStart..<pos])
        while true {
            guard pos < buf.count else {
                throw error("json.unterminated", "string opened here is never closed; add the closing '\"'", at: start)
            }
            let c = buf[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if c < 0x20 {
                if c == 0x0A || c == 0x0D {
                    throw error("json.unterminated", "string opened here is not closed before the end of the line; add the closing '\"' or write the line break as \\n", at: start)
                }
                throw error("json.syntax", "control character \(YAMLInputValidator.hex(UInt32(c))) must be escaped inside a JSON string", at: mark)
            }
            if c == UInt8(ascii: "\\") {
                try parseEscape()
            } else {
                scratch.append(c)
                pos += 1
            }
        }
    }

    private mutating func parseEscape() throws(YAMLError) {
        let escape = mark
        pos += 1
        let c = peek()
        pos += 1
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(c)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4(escape)
            if (0xD800...0xDBFF).contains(value) {
                guard peek() == UInt8(ascii: "\\"), pos + 1 < buf.count, buf[pos + 1] == UInt8(ascii: "u") else {
                    throw error("json.syntax", "\\u escape \(YAMLInputValidator.hex(value)) is half of a surrogate pair; the low half must follow as another \\u escape", at: escape)
                }
                pos += 2
                let low = try hex4(escape)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("json.syntax", "\\u escape \(YAMLInputValidator.hex(value)) must be followed by a low surrogate, found \(YAMLInputValidator.hex(low))", at: escape)
                }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error("json.syntax", "\\u escape \(YAMLInputValidator.hex(value)) is a lone low surrogate, not a character", at: escape)
            }
            scratch.append(contentsOf: UTF8.encode(scalar)!)
        default:
            pos -= 1
            throw error("json.syntax", "unknown escape in a JSON string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found \(describeCurrent())", at: escape)
        }
    }

    private mutating func hex4(_ escape: YAMLMark) throws(YAMLError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = YAMLReader.hexValue(peek()) else {
                throw error("json.syntax", "expected 4 hexadecimal digits after \\u, found \(describeCurrent())", at: escape)
            }
            value = value << 4 | UInt32(digit)
            pos += 1
        }
        return value
    }
}
