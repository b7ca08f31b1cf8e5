/// Plain, quoted and block scalars.
extension YAMLScanner {
    // MARK: - Plain

    mutating func fetchPlainScalar() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        append(.scalar(try scanPlain(), .plain), mark)
    }

    /// A plain scalar, possibly over several lines (folded into spaces). Single-line scalars are
    /// decoded straight from the input; only multi-line ones go through ``scratch``.
    private mutating func scanPlain() throws(YAMLError) -> String {
        let minIndent = indent + 1
        var firstChunk = 0..<0
        var multiline = false
        var pendingSpaces = 0..<0
        var pendingBreaks = -1
        while reader.peek() != UInt8(ascii: "#") {
            let start = reader.pos
            scanPlainChunk()
            if reader.pos == start { break }
            if firstChunk.isEmpty {
                firstChunk = start..<reader.pos
            } else {
                if !multiline {
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: reader.buf[firstChunk])
                    multiline = true
                }
                if pendingBreaks > 0 {
                    scratch.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
                } else if pendingBreaks == 0 {
                    scratch.append(0x20)
                } else {
                    scratch.append(contentsOf: reader.buf[pendingSpaces])
                }
                scratch.append(contentsOf: reader.buf[start..<reader.pos])
            }
            allowSimpleKey = false
            // Whitespace after the chunk decides whether the scalar goes on.
            let spaceStart = reader.pos
            while YAMLReader.isBlank(reader.peek()) { reader.advance() }
            if YAMLReader.isBreak(reader.peek()) {
                guard let breaks = try scanPlainLineBreaks(minIndent: minIndent) else { break }
                pendingBreaks = breaks
            } else {
                guard reader.pos > spaceStart else { break }
                pendingSpaces = spaceStart..<reader.pos
                pendingBreaks = -1
            }
        }
        if multiline { return String(decoding: scratch, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: reader.buf[firstChunk]), as: UTF8.self)
    }

    /// Advances over the non-blank run of a plain scalar, stopping at `: `, ` #` and, in flow
    /// context, at flow indicators.
    private mutating func scanPlainChunk() {
        let inFlow = flowLevel > 0
        while true {
            let c = reader.peek()
            if YAMLReader.isBlankOrEnd(c) { return }
            if c == UInt8(ascii: ":") {
                let n = reader.peek(1)
                if YAMLReader.isBlankOrEnd(n) || (inFlow && YAMLReader.isFlowIndicator(n)) { return }
            } else if inFlow, YAMLReader.isFlowIndicator(c) {
                return
            }
            reader.advance()
        }
    }

    /// Consumes the line break(s) inside a multi-line plain scalar and the indentation after them.
    /// Returns how many empty lines were skipped, or nil when the scalar ends here (a document
    /// marker, a comment, or a line indented too little in block context).
    private mutating func scanPlainLineBreaks(minIndent: Int) throws(YAMLError) -> Int? {
        _ = reader.consumeLineBreak()
        allowSimpleKey = true
        var breaks = 0
        while true {
            if reader.atDocumentMarker { return nil }
            while reader.peek() == 0x20 { reader.advance() }
            if reader.column < minIndent {
                var j = reader.pos
                while j < reader.buf.count, YAMLReader.isBlank(reader.buf[j]) { j += 1 }
                guard j < reader.buf.count, YAMLReader.isBreak(reader.buf[j]) else {
                    let c = reader.peek()
                    if flowLevel > 0, c != UInt8(ascii: "]"), c != UInt8(ascii: "}"), c != UInt8(ascii: "#") {
                        throw flowNotClosedBeforeCurrentLine()
                    }
                    return nil
                }
                reader.advance(j - reader.pos)
            } else {
                while YAMLReader.isBlank(reader.peek()) { reader.advance() }
            }
            guard reader.consumeLineBreak() else { break }
            breaks += 1
        }
        if reader.peek() == UInt8(ascii: "#") || reader.atEnd { return nil }
        return breaks
    }

    // MARK: - Quoted

    mutating func fetchQuotedScalar(double: Bool) throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        let text = try scanQuoted(double: double, start: mark)
        append(.scalar(text, double ? .doubleQuoted : .singleQuoted), mark)
        adjacentValueAllowed = true
    }

    private mutating func scanQuoted(double: Bool, start: YAMLMark) throws(YAMLError) -> String {
        let quote = reader.peek()
        reader.advance()
        scratch.removeAll(keepingCapacity: true)
        while true {
            let runStart = reader.pos
            while true {
                let c = reader.peek()
                if c == quote || c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0
                    || (double && c == UInt8(ascii: "\\")) { break }
                reader.advance()
            }
            scratch.append(contentsOf: reader.buf[runStart..<reader.pos])
            let c = reader.peek()
            if reader.atEnd { throw unterminated(double: double, start: start) }
            if c == quote {
                reader.advance()
                if !double, reader.peek() == quote {
                    scratch.append(quote)
                    reader.advance()
                    continue
                }
                break
            }
            if c == UInt8(ascii: "\\") {
                try scanEscape(start: start)
                continue
            }
            let spaceStart = reader.pos
            while YAMLReader.isBlank(reader.peek()) { reader.advance() }
            if reader.atEnd { throw unterminated(double: double, start: start) }
            if YAMLReader.isBreak(reader.peek()) {
                let breaks = try scanQuotedLineBreaks(double: double, start: start)
                if breaks == 0 {
                    scratch.append(0x20)
                } else {
                    scratch.append(contentsOf: repeatElement(0x0A, count: breaks))
                }
            } else {
                scratch.append(contentsOf: reader.buf[spaceStart..<reader.pos])
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Consumes a line break inside a quoted scalar plus any empty lines and indentation after it;
    /// returns the number of empty lines.
    private mutating func scanQuotedLineBreaks(double: Bool, start: YAMLMark) throws(YAMLError) -> Int {
        _ = reader.consumeLineBreak()
        var breaks = 0
        while true {
            if reader.atDocumentMarker {
                throw error("yaml.unterminated-string", "\(double ? "double" : "single")-quoted string opened here runs into a document marker; close it with \(double ? "'\"'" : "\"'\"") first", at: start)
            }
            while reader.peek() == 0x20 { reader.advance() }
            let spaces = reader.column
            while YAMLReader.isBlank(reader.peek()) { reader.advance() }
            if reader.consumeLineBreak() {
                breaks += 1
                continue
            }
            if flowLevel == 0, spaces <= indent, !reader.atEnd {
                throw error("yaml.bad-indentation", "this continuation line of a quoted string must be indented more than its parent at column \(indent + 1)", at: reader.mark)
            }
            return breaks
        }
    }

    private func unterminated(double: Bool, start: YAMLMark) -> YAMLError {
        error("yaml.unterminated-string", "\(double ? "double" : "single")-quoted string opened here is never closed; add the closing \(double ? "'\"'" : "\"'\"")", at: start)
    }

    /// A backslash escape in a double-quoted scalar, the cursor on the backslash.
    private mutating func scanEscape(start: YAMLMark) throws(YAMLError) {
        let escapeMark = reader.mark
        reader.advance()
        let c = reader.peek()
        var digits = 0
        switch c {
        case UInt8(ascii: "0"): scratch.append(0)
        case UInt8(ascii: "a"): scratch.append(0x07)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "t"), 0x09: scratch.append(0x09)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "v"): scratch.append(0x0B)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "e"): scratch.append(0x1B)
        case 0x20, UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): scratch.append(c)
        case UInt8(ascii: "N"): appendScalar(0x85)
        case UInt8(ascii: "_"): appendScalar(0xA0)
        case UInt8(ascii: "L"): appendScalar(0x2028)
        case UInt8(ascii: "P"): appendScalar(0x2029)
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        case 0x0A, 0x0D:
            // An escaped line break: joins the lines without a space.
            _ = reader.consumeLineBreak()
            while true {
                while YAMLReader.isBlank(reader.peek()) { reader.advance() }
                guard reader.consumeLineBreak() else { break }
                scratch.append(0x0A)
            }
            return
        default:
            if reader.atEnd { throw unterminated(double: true, start: start) }
            throw error("yaml.syntax", "unknown escape \\\(reader.describeCurrent().trimmingQuotes) in a double-quoted string; write \\\\ for a backslash", at: escapeMark)
        }
        reader.advance()
        guard digits > 0 else { return }
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = YAMLReader.hexValue(reader.peek()) else {
                throw error("yaml.syntax", "expected \(digits) hexadecimal digits after \\\(Character(Unicode.Scalar(c))), found \(reader.describeCurrent())", at: escapeMark)
            }
            value = value << 4 | UInt32(digit)
            reader.advance()
        }
        guard Unicode.Scalar(value) != nil else {
            throw error("yaml.syntax", "escape \(YAMLInputValidator.hex(value)) is not a valid Unicode character", at: escapeMark)
        }
        appendScalar(value)
    }

    private mutating func appendScalar(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return }
        scratch.append(contentsOf: UTF8.encode(scalar)!)
    }

    // MARK: - Block

    mutating func fetchBlockScalar(folded: Bool) throws(YAMLError) {
        allowSimpleKey = true
        try removeSimpleKey()
        let mark = reader.mark
        let text = try scanBlockScalar(folded: folded, start: mark)
        append(.scalar(text, folded ? .folded : .literal), mark)
    }

    private mutating func scanBlockScalar(folded: Bool, start: YAMLMark) throws(YAMLError) -> String {
        reader.advance()
        let (chomping, increment) = try scanBlockScalarHeader()
        let minIndent = max(indent + 1, 0)
        var contentIndent: Int
        var pendingBreaks = 0
        if let increment {
            contentIndent = indent >= 0 ? indent + increment : increment
            pendingBreaks = skipBlockScalarEmptyLines(contentIndent)
        } else {
            var blankIndent = 0
            var blankMark = reader.mark
            while true {
                while reader.peek() == 0x20 { reader.advance() }
                if reader.peek() == 0x09, reader.column < minIndent {
                    throw error("yaml.tab-indentation", "tabs are not allowed for indentation; indent the block scalar with spaces", at: reader.mark)
                }
                if reader.atEnd, reader.column > 0 {
                    // A last line of spaces without a line break still counts as an empty line.
                    pendingBreaks += 1
                }
                guard YAMLReader.isBreak(reader.peek()) else { break }
                if reader.column > blankIndent {
                    blankIndent = reader.column
                    blankMark = reader.mark
                }
                _ = reader.consumeLineBreak()
                pendingBreaks += 1
            }
            contentIndent = max(reader.column, minIndent)
            if blankIndent > contentIndent, !reader.atEnd, reader.column >= minIndent {
                throw error("yaml.bad-indentation", "this empty line of a block scalar has more spaces than the first line with text (\(contentIndent)); remove the extra spaces", at: blankMark)
            }
        }
        scratch.removeAll(keepingCapacity: true)
        var endedWithBreak = false
        while reader.column == contentIndent, !reader.atEnd, !reader.atDocumentMarker {
            scratch.append(contentsOf: repeatElement(0x0A, count: pendingBreaks))
            let leadingNonBlank = !YAMLReader.isBlank(reader.peek())
            let lineStart = reader.pos
            while !YAMLReader.isBreak(reader.peek()), !reader.atEnd { reader.advance() }
            scratch.append(contentsOf: reader.buf[lineStart..<reader.pos])
            // A last line of only spaces ends as if it had its line break.
            endedWithBreak = reader.consumeLineBreak() || !reader.buf[lineStart..<reader.pos].contains { !YAMLReader.isBlank($0) }
            pendingBreaks = skipBlockScalarEmptyLines(contentIndent)
            guard reader.column == contentIndent, !reader.atEnd, !reader.atDocumentMarker else { break }
            if folded, endedWithBreak, leadingNonBlank, !YAMLReader.isBlank(reader.peek()) {
                if pendingBreaks == 0 { scratch.append(0x20) }
            } else if endedWithBreak {
                scratch.append(0x0A)
            }
        }
        if chomping >= 0, endedWithBreak { scratch.append(0x0A) }
        if chomping > 0 { scratch.append(contentsOf: repeatElement(0x0A, count: pendingBreaks)) }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Skips indentation (up to `contentIndent` spaces) and empty lines; returns how many line breaks.
    private mutating func skipBlockScalarEmptyLines(_ contentIndent: Int) -> Int {
        var breaks = 0
        while true {
            while reader.column < contentIndent, reader.peek() == 0x20 { reader.advance() }
            guard reader.consumeLineBreak() else { return breaks }
            breaks += 1
        }
    }

    /// Parses `[+-]?[1-9]?` in either order plus the rest of the header line; chomping is -1 (strip),
    /// 0 (clip) or 1 (keep).
    private mutating func scanBlockScalarHeader() throws(YAMLError) -> (Int, Int?) {
        var chomping = 0
        var increment: Int?
        for _ in 0..<2 {
            let c = reader.peek()
            if chomping == 0, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
                chomping = c == UInt8(ascii: "+") ? 1 : -1
                reader.advance()
            } else if increment == nil, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
                guard c != UInt8(ascii: "0") else {
                    throw error("yaml.syntax", "a block scalar indentation indicator must be between 1 and 9, found 0", at: reader.mark)
                }
                increment = Int(c - UInt8(ascii: "0"))
                reader.advance()
            }
        }
        while YAMLReader.isBlank(reader.peek()) { reader.advance() }
        if reader.peek() == UInt8(ascii: "#") { try skipComment() }
        guard reader.consumeLineBreak() || reader.atEnd else {
            throw error("yaml.syntax", "expected a line break after the block scalar indicator, found \(reader.describeCurrent()); the text of a '|' or '>' scalar starts on the next line", at: reader.mark)
        }
        return (chomping, increment)
    }
}

private extension String {
    /// `'x'` → `x`, for quoting a character in a different way.
    var trimmingQuotes: String {
        hasPrefix("'") && hasSuffix("'") && count >= 3 ? String(dropFirst().dropLast()) : self
    }
}
