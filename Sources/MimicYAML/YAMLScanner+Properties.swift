/// Anchors, aliases, tags and directives.
extension YAMLScanner {
    mutating func fetchAlias() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        append(.alias(try scanAnchorName(indicator: "alias")), mark)
    }

    mutating func fetchAnchor() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        append(.anchor(try scanAnchorName(indicator: "anchor")), mark)
    }

    /// An anchor or alias name: every character up to a blank or a flow indicator.
    private mutating func scanAnchorName(indicator: String) throws(YAMLError) -> String {
        reader.advance()
        let start = reader.pos
        while !YAMLReader.isBlankOrEnd(reader.peek()), !YAMLReader.isFlowIndicator(reader.peek()) {
            reader.advance()
        }
        guard reader.pos > start else {
            throw error("yaml.syntax", "expected an \(indicator) name after '\(indicator == "alias" ? "*" : "&")', found \(reader.describeCurrent())", at: reader.mark)
        }
        return reader.text(from: start)
    }

    mutating func fetchTag() throws(YAMLError) {
        try saveSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        reader.advance()
        let handle: String
        let suffix: String
        if reader.peek() == UInt8(ascii: "<") {
            reader.advance()
            let start = reader.pos
            while reader.peek() != UInt8(ascii: ">"), !YAMLReader.isBlankOrEnd(reader.peek()) {
                reader.advance()
            }
            guard reader.peek() == UInt8(ascii: ">"), reader.pos > start else {
                throw error("yaml.syntax", "expected a verbatim tag closed by '>', found \(reader.describeCurrent())", at: reader.mark)
            }
            suffix = reader.text(from: start)
            reader.advance()
            handle = ""
        } else {
            var start = reader.pos
            var scannedHandle = "!"
            while isTagChar(reader.peek()) {
                if reader.peek() == UInt8(ascii: "!") {
                    reader.advance()
                    scannedHandle = "!" + reader.text(from: start)
                    start = reader.pos
                } else {
                    reader.advance()
                }
            }
            handle = scannedHandle
            suffix = reader.text(from: start)
            if handle != "!", suffix.isEmpty {
                throw error("yaml.syntax", "the tag \(handle) has no name after its handle", at: mark)
            }
        }
        let c = reader.peek()
        guard YAMLReader.isBlankOrEnd(c) || (flowLevel > 0 && (c == UInt8(ascii: ",") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}"))) else {
            throw error("yaml.syntax", "expected a space after the tag, found \(reader.describeCurrent())", at: reader.mark)
        }
        append(.tag(handle: handle, suffix: percentDecoded(suffix)), mark)
    }

    private func isTagChar(_ c: UInt8) -> Bool {
        !YAMLReader.isBlankOrEnd(c) && !YAMLReader.isFlowIndicator(c)
    }

    private func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func fetchDirective() throws(YAMLError) {
        unwindIndent(-1)
        try removeSimpleKey()
        allowSimpleKey = false
        let mark = reader.mark
        reader.advance()
        let nameStart = reader.pos
        while !YAMLReader.isBlankOrEnd(reader.peek()) { reader.advance() }
        let name = reader.text(from: nameStart)
        var parameters: [String] = []
        while true {
            while YAMLReader.isBlank(reader.peek()) { reader.advance() }
            let c = reader.peek()
            if c == UInt8(ascii: "#") || YAMLReader.isBreak(c) || reader.atEnd { break }
            let start = reader.pos
            while !YAMLReader.isBlankOrEnd(reader.peek()) { reader.advance() }
            parameters.append(reader.text(from: start))
        }
        if reader.peek() == UInt8(ascii: "#") { try skipComment() }
        switch name {
        case "YAML":
            guard parameters.count == 1, isVersion(parameters[0]) else {
                throw error("yaml.syntax", "the %YAML directive expects one version number such as 1.2", at: mark)
            }
            append(.versionDirective, mark)
        case "TAG":
            guard parameters.count == 2 else {
                throw error("yaml.syntax", "the %TAG directive expects a handle and a prefix, such as %TAG !e! tag:example.com,2000:", at: mark)
            }
            append(.tagDirective(handle: parameters[0], prefix: parameters[1]), mark)
        default:
            append(.reservedDirective, mark)
        }
    }

    private func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
