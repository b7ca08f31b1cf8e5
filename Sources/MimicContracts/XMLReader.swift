/// Reads the bytes of an XML 1.0 document with namespaces into an ``XMLDocumentTree``: for request bodies, so
/// bounded and closed to every expansion.
///
/// - UTF-8 only (a BOM is skipped; an XML declaration naming another encoding is refused).
/// - No DTD: a `<!DOCTYPE` is refused (``XMLSyntaxError/Kind/doctype``), so no entity is declared, fetched or
///   expanded; only the five predefined entities and character references are read, and any other `&name;` is an
///   error. Text can never grow beyond the bytes that spell it.
/// - At most ``maximumDepth`` nested elements and ``maximumNodes`` elements and attributes (namespace declarations
///   included): the tree costs memory in proportion to the body, with a ceiling, and no lookup grows with it.
/// - Well-formedness is checked as the reader goes: one root element, matching end tags, quoted and unique
///   attributes, declared prefixes, no `<` in attribute values, no `]]>` in text, no characters XML forbids.
///   Comments and processing instructions are skipped.
public struct XMLReader {
    /// How deeply elements may nest (as deeply as JSON bodies).
    public static let maximumDepth = 512
    /// How many elements and attributes a document may hold.
    public static let maximumNodes = 100_000

    private static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    private let bytes: [UInt8]
    private var position = 0
    private var nodes = 0
    /// The namespace URIs bound to each prefix in scope, innermost last (`""` is the default namespace; an empty
    /// URI undeclares it).
    private var bindings: [String: [String]] = ["xml": [xmlNamespace]]

    /// The document `bytes` hold, or why they hold none.
    public static func read(_ bytes: [UInt8]) throws(XMLSyntaxError) -> XMLDocumentTree {
        var reader = XMLReader(bytes: bytes)
        return try reader.document()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Document

    private mutating func document() throws(XMLSyntaxError) -> XMLDocumentTree {
        try checkCharacters()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if starts(with: "<?xml"), position + 5 < bytes.count, Self.isSpace(bytes[position + 5]) { try declaration() }
        try skipMisc()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "<") else {
            throw fail(position >= bytes.count ? "the document has no root element" : "text before the root element")
        }
        let root = try rootElement()
        try skipMisc()
        guard position >= bytes.count else { throw fail("content after the root element") }
        return XMLDocumentTree(root: root)
    }

    /// Every byte is UTF-8 and every character one XML allows (no control characters but tab, line feed and
    /// carriage return; no U+FFFE or U+FFFF).
    private func checkCharacters() throws(XMLSyntaxError) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                guard Self.isAllowed(scalar) else {
                    throw XMLSyntaxError(.malformed, "character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in XML", at: offset, in: bytes)
                }
                offset += UTF8.width(scalar)
            case .emptyInput:
                return
            case .error:
                throw XMLSyntaxError(.malformed, "the bytes are not UTF-8", at: offset, in: bytes)
            }
        }
    }

    /// `<?xml version="1.0" encoding="…"?>`: only UTF-8 (or its subset ASCII) is read.
    private mutating func declaration() throws(XMLSyntaxError) {
        let start = position
        guard let end = find("?>") else { throw fail("the XML declaration is not closed with '?>'") }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        if let range = text.range(of: "encoding") {
            let value = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }.prefix { $0 != "\"" && $0 != "'" }
            guard ["utf-8", "utf8", "us-ascii", "ascii"].contains(value.lowercased()) else {
                throw XMLSyntaxError(.malformed, "the document declares the encoding '\(value)'; Mimic reads XML in UTF-8 only", at: start, in: bytes)
            }
        }
        position = end + 2
    }

    /// White space, comments and processing instructions; a DOCTYPE is refused.
    private mutating func skipMisc() throws(XMLSyntaxError) {
        while position < bytes.count {
            if Self.isSpace(bytes[position]) {
                position += 1
            } else if starts(with: "<!--") {
                try comment()
            } else if starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                throw XMLSyntaxError(.doctype, "a DOCTYPE is refused: Mimic reads no DTD, so it declares and expands no entity", at: position, in: bytes)
            } else if starts(with: "<?") {
                try processingInstruction()
            } else {
                return
            }
        }
    }

    // MARK: Elements

    /// An element still open, with the prefixes its start tag binds.
    private struct Open {
        var element: XMLDocumentTree.Element
        /// The name as written in the start tag, which the end tag must repeat.
        var written: String
        var prefixes: [String]
    }

    /// The root element and everything inside it, read without recursion.
    private mutating func rootElement() throws(XMLSyntaxError) -> XMLDocumentTree.Element {
        var stack: [Open] = []
        while true {
            let open = try startTag(depth: stack.count + 1)
            if open.isEmpty {
                unbind(open.tag.prefixes)
                guard !stack.isEmpty else { return open.tag.element }
                stack[stack.count - 1].element.children.append(open.tag.element)
            } else {
                stack.append(open.tag)
            }
            while !stack.isEmpty {
                guard position < bytes.count else { throw fail("the element <\(stack[stack.count - 1].written)> is not closed") }
                if starts(with: "</") {
                    let closed = stack.removeLast()
                    try endTag(of: closed)
                    unbind(closed.prefixes)
                    guard !stack.isEmpty else { return closed.element }
                    stack[stack.count - 1].element.children.append(closed.element)
                } else if starts(with: "<!--") {
                    try comment()
                } else if starts(with: "<![CDATA[") {
                    stack[stack.count - 1].element.text += try cdata()
                } else if starts(with: "<?") {
                    try processingInstruction()
                } else if starts(with: "<!") {
                    if starts(with: "<!DOCTYPE") { throw XMLSyntaxError(.doctype, "a DOCTYPE is refused: Mimic reads no DTD, so it declares and expands no entity", at: position, in: bytes) }
                    throw fail("markup declarations are not allowed inside an element")
                } else if bytes[position] == UInt8(ascii: "<") {
                    break
                } else {
                    stack[stack.count - 1].element.text += try characterData()
                }
            }
        }
    }

    /// The start tag at the position (`<` first), its namespace declarations put in scope; `isEmpty` for `<a/>`.
    private mutating func startTag(depth: Int) throws(XMLSyntaxError) -> (tag: Open, isEmpty: Bool) {
        let start = position
        position += 1
        guard depth <= Self.maximumDepth else {
            throw XMLSyntaxError(.tooDeep(maximumDepth: Self.maximumDepth), "elements nest more than \(Self.maximumDepth) levels deep", at: start, in: bytes)
        }
        try count(at: start)
        let written = try name()
        var raw: [(name: String, value: String, offset: Int)] = []
        var seen = Set<String>()
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw fail("the start tag <\(written)> is not closed") }
            if starts(with: "/>") || bytes[position] == UInt8(ascii: ">") { break }
            guard hadSpace else { throw fail("expected white space, '>' or '/>' in the start tag <\(written)>") }
            let offset = position
            let attribute = try name()
            try count(at: offset)
            guard seen.insert(attribute).inserted else {
                throw XMLSyntaxError(.malformed, "the attribute '\(attribute)' is given twice", at: offset, in: bytes)
            }
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw fail("expected '=' after the attribute '\(attribute)'") }
            position += 1
            skipSpace()
            raw.append((attribute, try attributeValue(), offset))
        }
        let isEmpty = bytes[position] == UInt8(ascii: "/")
        position += isEmpty ? 2 : 1
        var prefixes: [String] = []
        for attribute in raw where attribute.name == "xmlns" || attribute.name.hasPrefix("xmlns:") {
            let prefix = attribute.name == "xmlns" ? "" : String(attribute.name.dropFirst(6))
            bindings[prefix, default: []].append(attribute.value)
            prefixes.append(prefix)
        }
        var attributes: [XMLDocumentTree.Attribute] = []
        for attribute in raw where attribute.name != "xmlns" && !attribute.name.hasPrefix("xmlns:") {
            attributes.append(XMLDocumentTree.Attribute(name: try resolved(attribute.name, at: attribute.offset, isElement: false), value: attribute.value))
        }
        let element = XMLDocumentTree.Element(name: try resolved(written, at: start + 1, isElement: true), attributes: attributes)
        return (Open(element: element, written: written, prefixes: prefixes), isEmpty)
    }

    /// The end tag at the position, which must close `open`.
    private mutating func endTag(of open: Open) throws(XMLSyntaxError) {
        let start = position
        position += 2
        let written = try name()
        skipSpace()
        guard written == open.written else {
            throw XMLSyntaxError(.malformed, "the end tag </\(written)> does not close the element <\(open.written)>", at: start, in: bytes)
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw fail("the end tag </\(written)> is not closed with '>'") }
        position += 1
    }

    /// Takes the bindings of `prefixes` (those of an element being closed) out of scope.
    private mutating func unbind(_ prefixes: [String]) {
        for prefix in prefixes { bindings[prefix]?.removeLast() }
    }

    /// `text` split into prefix and local name, the prefix resolved through the bindings in scope (an element
    /// without a prefix is in the default namespace; an attribute without one is in none).
    private func resolved(_ text: String, at offset: Int, isElement: Bool) throws(XMLSyntaxError) -> XMLDocumentTree.Name {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts.contains(where: \.isEmpty) else {
            throw XMLSyntaxError(.malformed, "'\(text)' is not a qualified name (prefix:local)", at: offset, in: bytes)
        }
        guard parts.count == 2 else {
            let namespace = isElement ? bindings[""]?.last : nil
            return XMLDocumentTree.Name(local: text, namespace: namespace?.isEmpty == false ? namespace : nil)
        }
        let prefix = String(parts[0])
        guard let uri = bindings[prefix]?.last, !uri.isEmpty else {
            throw XMLSyntaxError(.malformed, "the prefix '\(prefix)' is not declared (xmlns:\(prefix)=\"…\")", at: offset, in: bytes)
        }
        return XMLDocumentTree.Name(prefix: prefix, local: String(parts[1]), namespace: uri)
    }

    // MARK: Text

    /// Character data up to the next `<`, references replaced.
    private mutating func characterData() throws(XMLSyntaxError) -> String {
        var text: [UInt8] = []
        var run = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "&") {
                text += bytes[run..<position]
                text += try reference()
                run = position
                continue
            }
            if byte == UInt8(ascii: "]"), starts(with: "]]>") { throw fail("']]>' is not allowed in text") }
            position += 1
        }
        if text.isEmpty { return String(decoding: bytes[run..<position], as: UTF8.self) }
        text += bytes[run..<position]
        return String(decoding: text, as: UTF8.self)
    }

    /// A quoted attribute value, references replaced and literal white space normalized to spaces.
    private mutating func attributeValue() throws(XMLSyntaxError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
            throw fail("an attribute value must be quoted")
        }
        let quote = bytes[position]
        position += 1
        var value: [UInt8] = []
        while true {
            guard position < bytes.count else { throw fail("the attribute value is not closed") }
            switch bytes[position] {
            case quote:
                position += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "<"):
                throw fail("'<' is not allowed in an attribute value")
            case UInt8(ascii: "&"):
                value += try reference()
            case 0x09, 0x0A, 0x0D:
                value.append(0x20)
                position += 1
            default:
                value.append(bytes[position])
                position += 1
            }
        }
    }

    /// The UTF-8 of the reference at the position: one of the five predefined entities or a character reference.
    private mutating func reference() throws(XMLSyntaxError) -> [UInt8] {
        let start = position
        guard let end = bytes[position...].prefix(40).firstIndex(of: UInt8(ascii: ";")), end > start + 1,
              bytes[(start + 1)..<end].allSatisfy({ Self.isNameStart($0) || Self.isNameByte($0) || $0 == UInt8(ascii: "#") }) else {
            throw fail("'&' must start a reference such as &amp;")
        }
        let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
        position = end + 1
        switch name {
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "amp": return [UInt8(ascii: "&")]
        case "apos": return [UInt8(ascii: "'")]
        case "quot": return [UInt8(ascii: "\"")]
        default: break
        }
        guard name.hasPrefix("#") else {
            throw XMLSyntaxError(.malformed, "the entity '&\(name);' is not declared: Mimic reads no DTD, so only &lt; &gt; &amp; &apos; &quot; and character references are known", at: start, in: bytes)
        }
        let hex = name.hasPrefix("#x")
        let digits = name.dropFirst(hex ? 2 : 1)
        guard !digits.isEmpty, let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value), Self.isAllowed(scalar) else {
            throw XMLSyntaxError(.malformed, "'&\(name);' is not a character XML allows", at: start, in: bytes)
        }
        return Array(String(scalar).utf8)
    }

    /// The text of the CDATA section at the position.
    private mutating func cdata() throws(XMLSyntaxError) -> String {
        let start = position + 9
        guard let end = find("]]>", from: start) else { throw fail("the CDATA section is not closed with ']]>'") }
        position = end + 3
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private mutating func comment() throws(XMLSyntaxError) {
        guard let end = find("--", from: position + 4) else { throw fail("the comment is not closed with '-->'") }
        guard end + 2 < bytes.count, bytes[end + 2] == UInt8(ascii: ">") else { throw XMLSyntaxError(.malformed, "'--' is not allowed inside a comment", at: end, in: bytes) }
        position = end + 3
    }

    private mutating func processingInstruction() throws(XMLSyntaxError) {
        let start = position
        position += 2
        let target = try name()
        if target.lowercased() == "xml" { throw XMLSyntaxError(.malformed, "an XML declaration may only open the document", at: start, in: bytes) }
        guard let end = find("?>") else { throw fail("the processing instruction is not closed with '?>'") }
        position = end + 2
    }

    // MARK: Bytes

    /// The name at the position.
    private mutating func name() throws(XMLSyntaxError) -> String {
        let start = position
        guard position < bytes.count, Self.isNameStart(bytes[position]) else { throw fail("expected a name") }
        while position < bytes.count, Self.isNameStart(bytes[position]) || Self.isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Counts one more element or attribute, refusing one beyond ``maximumNodes``.
    private mutating func count(at offset: Int) throws(XMLSyntaxError) {
        nodes += 1
        guard nodes <= Self.maximumNodes else {
            throw XMLSyntaxError(.tooLarge(maximumNodes: Self.maximumNodes), "the document holds more than \(Self.maximumNodes) elements and attributes", at: offset, in: bytes)
        }
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[position + $0] == text.utf8Start[$0] }
    }

    /// The offset of the next `text` from `start` (the position by default), or nil.
    private func find(_ text: StaticString, from start: Int? = nil) -> Int? {
        let needle = (0..<text.utf8CodeUnitCount).map { text.utf8Start[$0] }
        var index = start ?? position
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func fail(_ message: String) -> XMLSyntaxError {
        XMLSyntaxError(.malformed, message, at: position, in: bytes)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// A byte that may start a name: a letter, `_`, `:` or any byte of a non-ASCII character.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    /// A byte that may follow in a name: a digit, `-` or `.`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// A character XML 1.0 allows.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
