/// Turns tokens into events: the YAML grammar as an explicit state machine (no recursion), in the
/// manner of libyaml/PyYAML, with YAML 1.2's multi-document rules (a bare document may follow `...`).
struct YAMLParser {
    private enum State {
        case streamStart, implicitDocumentStart, documentStart, documentEnd, documentContent
        case blockNode, blockNodeOrIndentlessSequence, flowNode
        case blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry
        case flowSequenceEntryMappingKey, flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue
        case end
    }

    var scanner: YAMLScanner
    private var state = State.streamStart
    private var states: [State] = []
    /// Where each open collection started, for "never closed" errors.
    private var openMarks: [YAMLMark] = []
    private var tagHandles: [String: String] = [:]
    /// Set at the start of the stream and after `...`: where directives and bare documents may start.
    private var afterDocumentEnd = false

    init(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        scanner = YAMLScanner(buf, maxDepth: maxDepth)
    }

    func location(_ mark: YAMLMark) -> SourceLocation { scanner.reader.location(mark) }

    private func error(_ code: String, _ message: String, at mark: YAMLMark) -> YAMLError {
        scanner.error(code, message, at: mark)
    }

    mutating func next() throws(YAMLError) -> YAMLEvent {
        while true {
            if let event = try step() { return event }
        }
    }

    private mutating func popState() {
        state = states.popLast() ?? .end
    }

    /// Runs one state; nil when the state only moved on without producing an event.
    private mutating func step() throws(YAMLError) -> YAMLEvent? {
        switch state {
        case .streamStart:
            try scanner.skipToken()
            state = .implicitDocumentStart
            return nil
        case .implicitDocumentStart:
            switch try scanner.peekToken().kind {
            case .versionDirective, .tagDirective, .reservedDirective, .documentStart, .documentEnd, .streamEnd:
                state = .documentStart
                afterDocumentEnd = true
                return nil
            default:
                tagHandles = [:]
                states.append(.documentEnd)
                state = .blockNode
                return .documentStart
            }
        case .documentStart:
            while case .documentEnd = try scanner.peekToken().kind {
                try scanner.skipToken()
                afterDocumentEnd = true
            }
            return try documentStart()
        case .documentEnd:
            if case .documentEnd = try scanner.peekToken().kind {
                try scanner.skipToken()
                afterDocumentEnd = true
                state = .documentStart
                return .documentEnd
            }
            let token = try scanner.peekToken()
            switch token.kind {
            case .documentStart, .streamEnd, .versionDirective, .tagDirective, .reservedDirective:
                state = .documentStart
                return .documentEnd
            default:
                throw error("yaml.syntax", "expected the end of the document, found \(token.description); a document has exactly one root node, check the indentation", at: token.mark)
            }
        case .documentContent:
            let token = try scanner.peekToken()
            switch token.kind {
            case .versionDirective, .tagDirective, .reservedDirective, .documentStart, .documentEnd, .streamEnd:
                popState()
                return emptyScalar(token.mark)
            default:
                return try parseNode(block: true, indentlessSequence: false)
            }
        case .blockNode: return try parseNode(block: true, indentlessSequence: false)
        case .blockNodeOrIndentlessSequence: return try parseNode(block: true, indentlessSequence: true)
        case .flowNode: return try parseNode(block: false, indentlessSequence: false)
        case .blockSequenceFirstEntry:
            try scanner.skipToken()
            state = .blockSequenceEntry
            return nil
        case .blockSequenceEntry: return try blockSequenceEntry()
        case .indentlessSequenceEntry: return try indentlessSequenceEntry()
        case .blockMappingFirstKey:
            try scanner.skipToken()
            state = .blockMappingKey
            return nil
        case .blockMappingKey: return try blockMappingKey()
        case .blockMappingValue: return try blockMappingValue()
        case .flowSequenceFirstEntry: return try flowSequenceEntry(first: true)
        case .flowSequenceEntry: return try flowSequenceEntry(first: false)
        case .flowSequenceEntryMappingKey: return try flowSequenceEntryMappingKey()
        case .flowSequenceEntryMappingValue: return try flowSequenceEntryMappingValue()
        case .flowSequenceEntryMappingEnd:
            openMarks.removeLast()
            state = .flowSequenceEntry
            return .mappingEnd
        case .flowMappingFirstKey: return try flowMappingKey(first: true)
        case .flowMappingKey: return try flowMappingKey(first: false)
        case .flowMappingValue: return try flowMappingValue()
        case .flowMappingEmptyValue:
            state = .flowMappingKey
            return emptyScalar(try scanner.peekToken().mark)
        case .end:
            return .streamEnd
        }
    }

    // MARK: - Documents

    /// Starts the next document (explicit, or bare right after `...` or at the start of the stream).
    private mutating func documentStart() throws(YAMLError) -> YAMLEvent? {
        let afterEnd = afterDocumentEnd
        afterDocumentEnd = false
        let token = try scanner.peekToken()
        switch token.kind {
        case .streamEnd:
            state = .end
            return .streamEnd
        case .versionDirective, .tagDirective, .reservedDirective, .documentStart:
            guard afterEnd || token.kindIsDocumentStart else {
                throw error("yaml.syntax", "a directive must come before the first document or after a document end '...'; add '...' before it", at: token.mark)
            }
            try processDirectives()
            let start = try scanner.peekToken()
            guard case .documentStart = start.kind else {
                throw error("yaml.syntax", "expected a document start '---' after the directives, found \(start.description)", at: start.mark)
            }
            try scanner.skipToken()
            states.append(.documentEnd)
            state = .documentContent
            return .documentStart
        default:
            guard afterEnd else {
                throw error("yaml.syntax", "expected a document start '---', found \(token.description)", at: token.mark)
            }
            tagHandles = [:]
            states.append(.documentEnd)
            state = .blockNode
            return .documentStart
        }
    }

    private mutating func processDirectives() throws(YAMLError) {
        tagHandles = [:]
        var sawVersion = false
        while true {
            let token = try scanner.peekToken()
            switch token.kind {
            case .versionDirective:
                if sawVersion {
                    throw error("yaml.syntax", "the %YAML directive appears twice for one document; keep one", at: token.mark)
                }
                sawVersion = true
            case .tagDirective(let handle, let prefix):
                if tagHandles[handle] != nil {
                    throw error("yaml.syntax", "the tag handle \(handle) is declared twice for one document; keep one %TAG line for it", at: token.mark)
                }
                tagHandles[handle] = prefix
            case .reservedDirective:
                break
            default:
                return
            }
            try scanner.skipToken()
        }
    }

    // MARK: - Nodes

    private func emptyScalar(_ mark: YAMLMark) -> YAMLEvent {
        .scalar(text: "", style: .plain, anchor: nil, tag: nil, mark: mark)
    }

    private mutating func parseNode(block: Bool, indentlessSequence: Bool) throws(YAMLError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if case .alias(let name) = token.kind {
            try scanner.skipToken()
            popState()
            return .alias(name, token.mark)
        }
        var anchor: String?
        var tag: String?
        var propertiesMark: YAMLMark?
        for _ in 0..<2 {
            if case .anchor(let name) = token.kind, anchor == nil {
                anchor = name
            } else if case .tag(let handle, let suffix) = token.kind, tag == nil {
                tag = try resolveTag(handle: handle, suffix: suffix, at: token.mark)
            } else {
                break
            }
            propertiesMark = propertiesMark ?? token.mark
            try scanner.skipToken()
            token = try scanner.peekToken()
        }
        let mark = propertiesMark ?? token.mark
        switch token.kind {
        case .blockEntry where indentlessSequence:
            openMarks.append(token.mark)
            state = .indentlessSequenceEntry
            return .sequenceStart(anchor: anchor, mark: token.mark)
        case .scalar(let text, let style):
            try scanner.skipToken()
            popState()
            return .scalar(text: text, style: style, anchor: anchor, tag: tag, mark: propertiesMark ?? token.mark)
        case .flowSequenceStart:
            openMarks.append(token.mark)
            try scanner.skipToken()
            state = .flowSequenceFirstEntry
            return .sequenceStart(anchor: anchor, mark: token.mark)
        case .flowMappingStart:
            openMarks.append(token.mark)
            try scanner.skipToken()
            state = .flowMappingFirstKey
            return .mappingStart(anchor: anchor, mark: token.mark)
        case .blockSequenceStart where block:
            openMarks.append(token.mark)
            state = .blockSequenceFirstEntry
            return .sequenceStart(anchor: anchor, mark: token.mark)
        case .blockMappingStart where block:
            openMarks.append(token.mark)
            state = .blockMappingFirstKey
            return .mappingStart(anchor: anchor, mark: token.mark)
        default:
            if anchor != nil || tag != nil {
                popState()
                return .scalar(text: "", style: .plain, anchor: anchor, tag: tag, mark: mark)
            }
            throw unexpected(token, expected: "a value")
        }
    }

    private func resolveTag(handle: String, suffix: String, at mark: YAMLMark) throws(YAMLError) -> String {
        if handle.isEmpty { return suffix }
        if let prefix = tagHandles[handle] { return prefix + suffix }
        switch handle {
        case "!!": return YAMLCoreSchema.tagPrefix + suffix
        case "!": return "!" + suffix
        default:
            throw error("yaml.syntax", "the tag handle \(handle) is not declared; add a %TAG \(handle) directive before the document or use !! or !", at: mark)
        }
    }

    /// The error for a token that cannot appear here, naming what could.
    private func unexpected(_ token: YAMLToken, expected: String) -> YAMLError {
        switch token.kind {
        case .streamEnd:
            if scanner.flowLevel > 0 { return unclosedFlow() }
        case .blockEntry where scanner.flowLevel > 0:
            return error("yaml.syntax", "a block sequence entry '-' cannot appear inside a flow collection; use ',' between entries", at: token.mark)
        default:
            break
        }
        return error("yaml.syntax", "expected \(expected), found \(token.description)", at: token.mark)
    }

    /// The error for the end of the input inside a flow collection, located at its opening bracket.
    private func unclosedFlow() -> YAMLError {
        let buf = scanner.reader.buf
        let mark = openMarks.last { buf[$0.offset] == UInt8(ascii: "[") || buf[$0.offset] == UInt8(ascii: "{") }!
        let bracket = buf[mark.offset]
        let what = bracket == UInt8(ascii: "[") ? "flow sequence" : "flow mapping"
        let closer = bracket == UInt8(ascii: "[") ? "]" : "}"
        return error("yaml.unclosed-flow", "\(what) opened here is never closed; add the missing '\(closer)'", at: mark)
    }

    // MARK: - Block collections

    private mutating func blockSequenceEntry() throws(YAMLError) -> YAMLEvent? {
        let token = try scanner.peekToken()
        switch token.kind {
        case .blockEntry:
            try scanner.skipToken()
            let next = try scanner.peekToken()
            switch next.kind {
            case .blockEntry, .blockEnd:
                state = .blockSequenceEntry
                return emptyScalar(next.mark)
            default:
                states.append(.blockSequenceEntry)
                state = .blockNode
                return nil
            }
        case .blockEnd:
            try scanner.skipToken()
            return endCollection(.sequenceEnd)
        default:
            throw misplaced(token, in: "sequence", expecting: "another entry '-' or the end of the sequence")
        }
    }

    private mutating func indentlessSequenceEntry() throws(YAMLError) -> YAMLEvent? {
        let token = try scanner.peekToken()
        guard case .blockEntry = token.kind else {
            return endCollection(.sequenceEnd)
        }
        try scanner.skipToken()
        let next = try scanner.peekToken()
        switch next.kind {
        case .blockEntry, .key, .value, .blockEnd:
            state = .indentlessSequenceEntry
            return emptyScalar(next.mark)
        default:
            states.append(.indentlessSequenceEntry)
            state = .blockNode
            return nil
        }
    }

    private mutating func blockMappingKey() throws(YAMLError) -> YAMLEvent? {
        let token = try scanner.peekToken()
        switch token.kind {
        case .key:
            try scanner.skipToken()
            let next = try scanner.peekToken()
            switch next.kind {
            case .key, .value, .blockEnd:
                state = .blockMappingValue
                return emptyScalar(next.mark)
            default:
                states.append(.blockMappingValue)
                state = .blockNodeOrIndentlessSequence
                return nil
            }
        case .value:
            state = .blockMappingValue
            return emptyScalar(token.mark)
        case .blockEnd:
            try scanner.skipToken()
            return endCollection(.mappingEnd)
        default:
            throw misplaced(token, in: "mapping", expecting: "another key or the end of the mapping")
        }
    }

    private mutating func blockMappingValue() throws(YAMLError) -> YAMLEvent? {
        let token = try scanner.peekToken()
        guard case .value = token.kind else {
            state = .blockMappingKey
            return emptyScalar(token.mark)
        }
        try scanner.skipToken()
        let next = try scanner.peekToken()
        switch next.kind {
        case .key, .value, .blockEnd:
            state = .blockMappingKey
            return emptyScalar(next.mark)
        default:
            states.append(.blockMappingKey)
            state = .blockNodeOrIndentlessSequence
            return nil
        }
    }

    private mutating func endCollection(_ event: YAMLEvent) -> YAMLEvent {
        openMarks.removeLast()
        popState()
        return event
    }

    /// The error for a token inside a block collection that is neither an entry nor its end:
    /// usually a line indented differently from its siblings.
    private func misplaced(_ token: YAMLToken, in collection: String, expecting: String) -> YAMLError {
        let open = openMarks.last!
        let column = location(open).column
        let found = location(token.mark)
        if found.line != location(open).line, found.column != column {
            return error("yaml.bad-indentation", "this line is indented to column \(found.column), but the \(collection) it continues starts at column \(column); expected \(expecting) at column \(column)", at: token.mark)
        }
        return error("yaml.syntax", "expected \(expecting), found \(token.description)", at: token.mark)
    }

    // MARK: - Flow collections

    private mutating func flowSequenceEntry(first: Bool) throws(YAMLError) -> YAMLEvent? {
        var token = try scanner.peekToken()
        if case .flowSequenceEnd = token.kind {
            try scanner.skipToken()
            return endCollection(.sequenceEnd)
        }
        if !first {
            guard case .flowEntry = token.kind else {
                throw flowSeparatorMissing(token, closer: "]")
            }
            try scanner.skipToken()
            token = try scanner.peekToken()
        }
        switch token.kind {
        case .flowSequenceEnd:
            try scanner.skipToken()
            return endCollection(.sequenceEnd)
        case .key, .value:
            openMarks.append(token.mark)
            state = .flowSequenceEntryMappingKey
            return .mappingStart(anchor: nil, mark: token.mark)
        case .flowEntry:
            throw error("yaml.syntax", "expected a value before ',', found another ','; remove the extra comma", at: token.mark)
        default:
            states.append(.flowSequenceEntry)
            state = .flowNode
            return nil
        }
    }

    private func flowSeparatorMissing(_ token: YAMLToken, closer: String) -> YAMLError {
        if case .streamEnd = token.kind { return unclosedFlow() }
        return error("yaml.syntax", "expected ',' or '\(closer)', found \(token.description)", at: token.mark)
    }

    private mutating func flowSequenceEntryMappingKey() throws(YAMLError) -> YAMLEvent? {
        if case .key = try scanner.peekToken().kind { try scanner.skipToken() }
        let token = try scanner.peekToken()
        switch token.kind {
        case .value, .flowEntry, .flowSequenceEnd:
            state = .flowSequenceEntryMappingValue
            return emptyScalar(token.mark)
        default:
            states.append(.flowSequenceEntryMappingValue)
            state = .flowNode
            return nil
        }
    }

    private mutating func flowSequenceEntryMappingValue() throws(YAMLError) -> YAMLEvent? {
        let token = try scanner.peekToken()
        guard case .value = token.kind else {
            state = .flowSequenceEntryMappingEnd
            return emptyScalar(token.mark)
        }
        try scanner.skipToken()
        let next = try scanner.peekToken()
        switch next.kind {
        case .flowEntry, .flowSequenceEnd:
            state = .flowSequenceEntryMappingEnd
            return emptyScalar(next.mark)
        default:
            states.append(.flowSequenceEntryMappingEnd)
            state = .flowNode
            return nil
        }
    }

    private mutating func flowMappingKey(first: Bool) throws(YAMLError) -> YAMLEvent? {
        var token = try scanner.peekToken()
        if case .flowMappingEnd = token.kind {
            try scanner.skipToken()
            return endCollection(.mappingEnd)
        }
        if !first {
            guard case .flowEntry = token.kind else {
                throw flowSeparatorMissing(token, closer: "}")
            }
            try scanner.skipToken()
            token = try scanner.peekToken()
        }
        switch token.kind {
        case .flowMappingEnd:
            try scanner.skipToken()
            return endCollection(.mappingEnd)
        case .key:
            try scanner.skipToken()
            let next = try scanner.peekToken()
            switch next.kind {
            case .value, .flowEntry, .flowMappingEnd:
                state = .flowMappingValue
                return emptyScalar(next.mark)
            default:
                states.append(.flowMappingValue)
                state = .flowNode
                return nil
            }
        case .value:
            state = .flowMappingValue
            return emptyScalar(token.mark)
        case .flowEntry:
            throw error("yaml.syntax", "expected a key before ',', found another ','; remove the extra comma", at: token.mark)
        default:
            states.append(.flowMappingEmptyValue)
            state = .flowNode
            return nil
        }
    }

    private mutating func flowMappingValue() throws(YAMLError) -> YAMLEvent? {
        let token = try scanner.peekToken()
        guard case .value = token.kind else {
            state = .flowMappingKey
            return emptyScalar(token.mark)
        }
        try scanner.skipToken()
        let next = try scanner.peekToken()
        switch next.kind {
        case .flowEntry, .flowMappingEnd:
            state = .flowMappingKey
            return emptyScalar(next.mark)
        default:
            states.append(.flowMappingKey)
            state = .flowNode
            return nil
        }
    }
}

private extension YAMLToken {
    var kindIsDocumentStart: Bool {
        if case .documentStart = kind { return true }
        return false
    }
}
