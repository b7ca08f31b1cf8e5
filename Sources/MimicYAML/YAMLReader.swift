/// A cursor over the bytes of a YAML stream that keeps track of lines.
///
/// Only ``consumeLineBreak()`` moves across a line break; everything else advances within a line, which
/// keeps line counting out of the hot loops. Reading past the end yields 0, which validated input never
/// contains, so it doubles as the end-of-input sentinel.
struct YAMLReader {
    let buf: UnsafeBufferPointer<UInt8>
    private(set) var pos: Int
    private(set) var line = 1
    private(set) var lineStart: Int

    init(_ buf: UnsafeBufferPointer<UInt8>) {
        self.buf = buf
        let bom = buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF
        pos = bom ? 3 : 0
        lineStart = pos
    }

    @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
        let i = pos + k
        return i < buf.count ? buf[i] : 0
    }

    @inline(__always) var atEnd: Bool { pos >= buf.count }

    /// Column in bytes, 0-based; equal to the column in characters wherever indentation matters
    /// (only spaces and indicators can precede a node on its line).
    @inline(__always) var column: Int { pos - lineStart }

    var mark: YAMLMark { YAMLMark(offset: pos, line: line, lineStart: lineStart) }

    @inline(__always) mutating func advance(_ n: Int = 1) { pos += n }

    /// Consumes CR LF, CR or LF; false when the cursor is not on a line break.
    @inline(__always) mutating func consumeLineBreak() -> Bool {
        let c = peek()
        if c == 0x0A {
            pos += 1
        } else if c == 0x0D {
            pos += peek(1) == 0x0A ? 2 : 1
        } else {
            return false
        }
        line += 1
        lineStart = pos
        return true
    }

    @inline(__always) static func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }
    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    /// Space, tab, line break or end of input.
    @inline(__always) static func isBlankOrEnd(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0
    }
    @inline(__always) static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ",") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]")
            || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
    }

    /// The value of a hexadecimal digit, nil for any other byte.
    @inline(__always) static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// True at column 0 on `---` or `...` followed by a blank or the end.
    var atDocumentMarker: Bool {
        guard column == 0 else { return false }
        let c = peek()
        guard c == UInt8(ascii: "-") || c == UInt8(ascii: ".") else { return false }
        return peek(1) == c && peek(2) == c && Self.isBlankOrEnd(peek(3))
    }

    func location(_ mark: YAMLMark) -> SourceLocation { Self.location(of: mark, in: buf) }

    /// The line, the column counted in Unicode scalars, and the offset of `mark`.
    static func location(of mark: YAMLMark, in buf: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var column = 1
        var i = mark.lineStart
        let end = min(mark.offset, buf.count)
        while i < end {
            if buf[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: mark.line, column: column, offset: mark.offset)
    }

    /// Describes the character at the cursor for error messages: `'x'`, `a tab`, `the end of the input`.
    func describeCurrent() -> String {
        let c = peek()
        switch c {
        case 0 where atEnd: return "the end of the input"
        case 0x09: return "a tab"
        case 0x0A, 0x0D: return "the end of the line"
        case 0x20: return "a space"
        case ..<0x80: return "'\(Character(Unicode.Scalar(c)))'"
        default:
            let (value, _) = YAMLInputValidator.decode(buf, at: pos)
            guard let value, let scalar = Unicode.Scalar(value) else { return "a non-UTF-8 byte" }
            return "'\(Character(scalar))'"
        }
    }

    /// The bytes `[from, pos)` as a string.
    func text(from start: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
    }
}
