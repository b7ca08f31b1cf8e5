/// Turns the bytes of a YAML stream into tokens.
///
/// The design follows the classic libyaml/PyYAML scanner (a token queue, an indentation stack and
/// "possible simple keys" that get a KEY token inserted once their `:` shows up), adapted to the
/// YAML 1.2 rules: `:` inside plain scalars, tabs as separators but not as indentation, adjacent
/// values after JSON-like keys in flow collections, and anchors named by any non-space characters.
/// Nothing here recurses, so nesting is only bounded by ``maxDepth``.
struct YAMLScanner {
    private struct SimpleKey {
        var tokenNumber: Int
        var required: Bool
        var mark: YAMLMark
        /// A tab in the whitespace before the key (fatal if the key opens a block mapping).
        var tab: YAMLMark?
    }

    var reader: YAMLReader
    /// Deepest nesting of collections accepted before `yaml.too-deep`.
    let maxDepth: Int
    private var tokens: [YAMLToken] = []
    private var head = 0
    private var tokensTaken = 0
    /// Whether the token at `head` is final (see ``settleHead()``).
    private var headSettled = false
    private var streamStarted = false
    private var done = false
    var flowLevel = 0
    /// Column of the innermost block collection, -1 at the top.
    var indent = -1
    private var indents: [Int] = []
    var allowSimpleKey = true
    private var simpleKeys: [SimpleKey?] = [nil]
    /// Where each open flow collection starts (outermost first) and whether it is a mapping.
    private var openFlows: [(mark: YAMLMark, isMapping: Bool)] = []
    /// Set after a quoted scalar or a flow collection end, where a `:` right after is a value indicator.
    var adjacentValueAllowed = false
    /// The first tab in the whitespace before the current token on its line, if any.
    private var tabBeforeToken: YAMLMark?
    /// Reused buffer for scalars that need unescaping or folding.
    var scratch: [UInt8] = []

    init(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        reader = YAMLReader(buf)
        self.maxDepth = maxDepth
    }

    // MARK: - Token queue

    /// The next token, without consuming it.
    mutating func peekToken() throws(YAMLError) -> YAMLToken {
        try settleHead()
        return tokens[head]
    }

    /// Consumes the next token (without copying it out: a caller looks at it with ``peekToken()`` first).
    mutating func skipToken() throws(YAMLError) {
        try settleHead()
        if case .streamEnd = tokens[head].kind { return }
        head += 1
        headSettled = false
        tokensTaken += 1
        if head >= 512, head * 2 >= tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
    }

    /// Fetches tokens until the one at `head` is final: no key can still be inserted before it. Once it is, nothing
    /// changes until it is consumed (only fetching moves the reader or the possible keys), so looking at it again
    /// asks nothing more.
    private mutating func settleHead() throws(YAMLError) {
        guard !headSettled else { return }
        while try needMoreTokens() {
            try fetchMoreTokens()
        }
        headSettled = true
    }

    private mutating func needMoreTokens() throws(YAMLError) -> Bool {
        if head < tokens.count, case .streamEnd = tokens[head].kind { return false }
        if done { return false }
        if head == tokens.count { return true }
        try staleSimpleKeys()
        return nextPossibleSimpleKey() == tokensTaken
    }

    mutating func append(_ kind: YAMLToken.Kind, _ mark: YAMLMark) {
        tokens.append(YAMLToken(kind: kind, mark: mark))
        adjacentValueAllowed = false
    }

    func error(_ code: String, _ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(code: code, message: message, location: reader.location(mark))
    }

    // MARK: - Dispatch

    private mutating func fetchMoreTokens() throws(YAMLError) {
        guard streamStarted else {
            streamStarted = true
            append(.streamStart, reader.mark)
            return
        }
        try scanToNextToken()
        try staleSimpleKeys()
        unwindIndent(reader.column)
        let c = reader.peek()
        if reader.atEnd {
            return try fetchStreamEnd()
        }
        if reader.column == 0 {
            if c == UInt8(ascii: "%") { return try fetchDirective() }
            if reader.atDocumentMarker {
                return try fetchDocumentIndicator(c == UInt8(ascii: "-") ? .documentStart : .documentEnd)
            }
        }
        let next = reader.peek(1)
        let nextEndsIndicator = YAMLReader.isBlankOrEnd(next) || (flowLevel > 0 && YAMLReader.isFlowIndicator(next))
        switch c {
        case UInt8(ascii: "["): try fetchFlowCollectionStart(.flowSequenceStart)
        case UInt8(ascii: "{"): try fetchFlowCollectionStart(.flowMappingStart)
        case UInt8(ascii: "]"): try fetchFlowCollectionEnd(.flowSequenceEnd)
        case UInt8(ascii: "}"): try fetchFlowCollectionEnd(.flowMappingEnd)
        case UInt8(ascii: ","): try fetchFlowEntry()
        case UInt8(ascii: "-") where YAMLReader.isBlankOrEnd(next): try fetchBlockEntry()
        case UInt8(ascii: "?") where nextEndsIndicator: try fetchKey()
        case UInt8(ascii: ":") where nextEndsIndicator || (flowLevel > 0 && adjacentValueAllowed): try fetchValue()
        case UInt8(ascii: "*"): try fetchAlias()
        case UInt8(ascii: "&"): try fetchAnchor()
        case UInt8(ascii: "!"): try fetchTag()
        case UInt8(ascii: "|") where flowLevel == 0: try fetchBlockScalar(folded: false)
        case UInt8(ascii: ">") where flowLevel == 0: try fetchBlockScalar(folded: true)
        case UInt8(ascii: "'"): try fetchQuotedScalar(double: false)
        case UInt8(ascii: "\""): try fetchQuotedScalar(double: true)
        default:
            guard canStartPlain(c, next) else {
                throw error("yaml.syntax", "found \(reader.describeCurrent()), which cannot start any YAML node; quote the value if it is meant as text", at: reader.mark)
            }
            try fetchPlainScalar()
        }
    }

    private func canStartPlain(_ c: UInt8, _ next: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            return !YAMLReader.isBlankOrEnd(next) && !(flowLevel > 0 && YAMLReader.isFlowIndicator(next))
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
             UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            return false
        default:
            return !YAMLReader.isBlankOrEnd(c)
        }
    }

    /// Skips spaces, tabs, comments and line breaks up to the next token, rejecting tabs used as
    /// indentation in block context and flow content that is not indented past its block.
    private mutating func scanToNextToken() throws(YAMLError) {
        var tab: YAMLMark?
        var tabAtLineStart = false
        var spacesBeforeTab = 0
        var crossedLine = false
        while true {
            while true {
                let c = reader.peek()
                if c == 0x20 {
                    reader.advance()
                } else if c == 0x09 {
                    if tab == nil {
                        tab = reader.mark
                        spacesBeforeTab = reader.column
                        tabAtLineStart = onlyBlanksBeforeCursorOnLine()
                    }
                    reader.advance()
                } else {
                    break
                }
            }
            if reader.peek() == UInt8(ascii: "#") {
                try skipComment()
            }
            guard reader.consumeLineBreak() else { break }
            tab = nil
            crossedLine = true
            if flowLevel == 0 { allowSimpleKey = true }
        }
        tabBeforeToken = flowLevel == 0 ? tab : nil
        guard !reader.atEnd else { return }
        if flowLevel == 0, let tab, tabAtLineStart, spacesBeforeTab <= indent {
            throw error("yaml.tab-indentation", "tabs are not allowed for indentation; indent with spaces", at: tab)
        }
        if flowLevel > 0, crossedLine, indent >= 0 {
            let spaces = tab.map { $0.offset - $0.lineStart } ?? reader.column
            let c = reader.peek()
            if spaces <= indent, c != UInt8(ascii: "]"), c != UInt8(ascii: "}") {
                if let tab, spaces == tab.offset - tab.lineStart {
                    throw error("yaml.tab-indentation", "tabs are not allowed for indentation; indent with spaces", at: tab)
                }
                throw flowNotClosedBeforeCurrentLine()
            }
        }
    }

    /// The error for a line inside a flow collection that is not indented past the enclosing block:
    /// almost always a missing closing bracket, reported at the innermost opening one.
    func flowNotClosedBeforeCurrentLine() -> YAMLError {
        let open = openFlows[openFlows.count - 1]
        let (what, closer) = open.isMapping ? ("flow mapping", "}") : ("flow sequence", "]")
        return error("yaml.unclosed-flow", "\(what) opened here is not closed before line \(reader.line), which is not indented past column \(indent + 1); add the missing '\(closer)' or indent that line", at: open.mark)
    }

    /// Rejects a block collection opened after a tab: tabs cannot count as indentation.
    private func checkNoTab(_ tab: YAMLMark?) throws(YAMLError) {
        if let tab {
            throw error("yaml.tab-indentation", "tabs are not allowed for indentation; use spaces before a nested block collection", at: tab)
        }
    }

    private func onlyBlanksBeforeCursorOnLine() -> Bool {
        var i = reader.lineStart
        while i < reader.pos {
            if !YAMLReader.isBlank(reader.buf[i]) { return false }
            i += 1
        }
        return true
    }

    /// Skips a `#` comment up to (not including) the line break; the `#` must follow whitespace.
    mutating func skipComment() throws(YAMLError) {
        if reader.pos > reader.lineStart, !YAMLReader.isBlank(reader.buf[reader.pos - 1]) {
            throw error("yaml.syntax", "a comment must be separated from the content before it by a space; add a space before '#'", at: reader.mark)
        }
        while !YAMLReader.isBreak(reader.peek()), !reader.atEnd {
            reader.advance()
        }
    }

    // MARK: - Simple keys

    private func nextPossibleSimpleKey() -> Int? {
        var lowest: Int?
        for case let key? in simpleKeys where lowest == nil || key.tokenNumber < lowest! {
            lowest = key.tokenNumber
        }
        return lowest
    }

    /// Forgets possible simple keys that can no longer be keys: a key must fit on one line and
    /// into 1024 bytes.
    private mutating func staleSimpleKeys() throws(YAMLError) {
        for level in simpleKeys.indices {
            guard let key = simpleKeys[level] else { continue }
            // Implicit keys fit on one line, except inside flow mappings where ':' may follow on a later line.
            let mayWrap = level > 0 && openFlows[level - 1].isMapping
            if (!mayWrap && key.mark.line != reader.line) || reader.pos - key.mark.offset > 1024 {
                if key.required { throw missingColon(key) }
                simpleKeys[level] = nil
            }
        }
    }

    private func missingColon(_ key: SimpleKey) -> YAMLError {
        error("yaml.syntax", "expected ':' after this mapping key on the same line, found \(reader.describeCurrent()); a key and its ':' cannot be split across lines", at: key.mark)
    }

    mutating func saveSimpleKey() throws(YAMLError) {
        guard allowSimpleKey else { return }
        try removeSimpleKey()
        let required = flowLevel == 0 && indent == reader.column
        simpleKeys[flowLevel] = SimpleKey(tokenNumber: tokensTaken + tokens.count - head, required: required,
                                          mark: reader.mark, tab: tabBeforeToken)
    }

    mutating func removeSimpleKey() throws(YAMLError) {
        if let key = simpleKeys[flowLevel], key.required { throw missingColon(key) }
        simpleKeys[flowLevel] = nil
    }

    // MARK: - Indentation

    private mutating func addIndent(_ column: Int, at mark: YAMLMark) throws(YAMLError) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        try checkDepth(at: mark)
        return true
    }

    private func checkDepth(at mark: YAMLMark) throws(YAMLError) {
        if indents.count + flowLevel > maxDepth {
            throw error("yaml.too-deep", "collections are nested more than \(maxDepth) levels deep; flatten the document", at: mark)
        }
    }

    mutating func unwindIndent(_ column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            append(.blockEnd, reader.mark)
            indent = indents.removeLast()
        }
    }

    // MARK: - Indicators

    private mutating func fetchStreamEnd() throws(YAMLError) {
        unwindIndent(-1)
        try removeSimpleKey()
        allowSimpleKey = false
        simpleKeys = [nil]
        append(.streamEnd, reader.mark)
        done = true
    }

    private mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) throws(YAMLError) {
        unwindIndent(-1)
        try removeSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        reader.advance(3)
        append(kind, mark)
        if case .documentEnd = kind {
            while YAMLReader.isBlank(reader.peek()) { reader.advance() }
            if reader.peek() == UInt8(ascii: "#") { try skipComment() }
            guard YAMLReader.isBreak(reader.peek()) || reader.atEnd else {
                throw error("yaml.syntax", "expected the end of the line after the document end marker '...', found \(reader.describeCurrent())", at: reader.mark)
            }
        }
    }

    private mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) throws(YAMLError) {
        try saveSimpleKey()
        let mark = reader.mark
        flowLevel += 1
        simpleKeys.append(nil)
        if case .flowMappingStart = kind { openFlows.append((mark, true)) } else { openFlows.append((mark, false)) }
        try checkDepth(at: mark)
        allowSimpleKey = true
        reader.advance()
        append(kind, mark)
    }

    private mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind) throws(YAMLError) {
        try removeSimpleKey()
        if flowLevel > 0 {
            flowLevel -= 1
            simpleKeys.removeLast()
            openFlows.removeLast()
        }
        allowSimpleKey = false
        let mark = reader.mark
        reader.advance()
        append(kind, mark)
        adjacentValueAllowed = true
    }

    private mutating func fetchFlowEntry() throws(YAMLError) {
        allowSimpleKey = true
        try removeSimpleKey()
        let mark = reader.mark
        reader.advance()
        append(.flowEntry, mark)
    }

    private mutating func fetchBlockEntry() throws(YAMLError) {
        let mark = reader.mark
        if flowLevel == 0 {
            guard allowSimpleKey else {
                throw error("yaml.syntax", "a sequence entry '-' is not allowed here; start it on a new line", at: mark)
            }
            if try addIndent(reader.column, at: mark) {
                try checkNoTab(tabBeforeToken)
                append(.blockSequenceStart, mark)
            }
        }
        allowSimpleKey = true
        try removeSimpleKey()
        reader.advance()
        append(.blockEntry, mark)
    }

    private mutating func fetchKey() throws(YAMLError) {
        let mark = reader.mark
        if flowLevel == 0 {
            guard allowSimpleKey else {
                throw error("yaml.syntax", "an explicit key '?' is not allowed here; start it on a new line", at: mark)
            }
            if try addIndent(reader.column, at: mark) {
                try checkNoTab(tabBeforeToken)
                append(.blockMappingStart, mark)
            }
        }
        allowSimpleKey = flowLevel == 0
        try removeSimpleKey()
        reader.advance()
        append(.key, mark)
    }

    private mutating func fetchValue() throws(YAMLError) {
        let mark = reader.mark
        if let key = simpleKeys[flowLevel] {
            simpleKeys[flowLevel] = nil
            let index = head + key.tokenNumber - tokensTaken
            tokens.insert(YAMLToken(kind: .key, mark: key.mark), at: index)
            if flowLevel == 0, try addIndent(key.mark.offset - key.mark.lineStart, at: key.mark) {
                try checkNoTab(key.tab)
                tokens.insert(YAMLToken(kind: .blockMappingStart, mark: key.mark), at: index)
            }
            allowSimpleKey = false
        } else {
            if flowLevel == 0 {
                guard allowSimpleKey else {
                    throw error("yaml.syntax", "':' is not allowed here; a mapping value needs a key before it on the same line, or quote the text if ':' is part of it", at: mark)
                }
                if try addIndent(reader.column, at: mark) {
                    try checkNoTab(tabBeforeToken)
                    append(.blockMappingStart, mark)
                }
            }
            allowSimpleKey = flowLevel == 0
            try removeSimpleKey()
        }
        reader.advance()
        append(.value, mark)
    }
}
