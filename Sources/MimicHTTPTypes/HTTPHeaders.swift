/// The header fields of an HTTP message, in the order they were received or added.
///
/// Names keep their spelling; lookups compare names case-insensitively (ASCII), as RFC 9110 §5.1 requires.
/// A name may occur several times: `values(for:)` returns each occurrence, the subscript the first.
public struct HTTPHeaders: Sendable, Equatable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One header field: a name and its value, both as received (the value without surrounding whitespace).
    public struct Field: Sendable, Equatable {
        /// The field name, spelled as sent.
        public var name: String
        /// The field value, without leading or trailing whitespace.
        public var value: String

        /// A field with the given name and value.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    private var fields: [Field]

    /// Headers holding `fields` in the given order.
    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// Headers from a literal such as `["Content-Type": "text/plain"]`, in the literal's order.
    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    public var startIndex: Int { fields.startIndex }
    public var endIndex: Int { fields.endIndex }
    public subscript(position: Int) -> Field { fields[position] }

    /// The value of the first field called `name` (compared case-insensitively), or nil.
    public subscript(name: String) -> String? {
        fields.first { Self.namesMatch($0.name, name) }?.value
    }

    /// The values of every field called `name` (compared case-insensitively), in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    /// Whether a field called `name` is present.
    public func contains(_ name: String) -> Bool {
        fields.contains { Self.namesMatch($0.name, name) }
    }

    /// Appends a field, keeping any field of the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Replaces every field called `name` by one field with `value`, placed where the first one was
    /// (or at the end).
    public mutating func set(_ name: String, _ value: String) {
        if let first = fields.firstIndex(where: { Self.namesMatch($0.name, name) }) {
            fields[first].value = value
            fields = fields.enumerated()
                .filter { $0.offset <= first || !Self.namesMatch($0.element.name, name) }
                .map(\.element)
        } else {
            fields.append(Field(name: name, value: value))
        }
    }

    /// Removes every field called `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { Self.namesMatch($0.name, name) }
    }

    /// Whether the comma-separated list values of `name` hold `token`, compared case-insensitively
    /// (`Connection: keep-alive, Upgrade` holds `upgrade`).
    public func listContains(_ name: String, token: String) -> Bool {
        values(for: name).contains { value in
            value.split(separator: ",").contains { element in
                Self.namesMatch(element.trimmingASCIIWhitespace(), token)
            }
        }
    }

    /// ASCII case-insensitive equality, without allocating.
    package static func namesMatch(_ left: some StringProtocol, _ right: some StringProtocol) -> Bool {
        left.utf8.elementsEqual(right.utf8) { HTTPGrammar.lowercased($0) == HTTPGrammar.lowercased($1) }
    }

    /// ASCII case-insensitive equality of two strings, their lengths compared first.
    package static func namesMatch(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        for (one, other) in zip(left.utf8, right.utf8) where one != other && HTTPGrammar.lowercased(one) != HTTPGrammar.lowercased(other) {
            return false
        }
        return true
    }

    /// Whether `name` is `Content-Type` or `Content-Length` (in any case): the fields that say what the body is,
    /// which whoever writes the body sets, not a contract's declared headers.
    package static func describesBody(_ name: some StringProtocol) -> Bool {
        namesMatch(name, "Content-Type") || namesMatch(name, "Content-Length")
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    public func trimmingASCIIWhitespace() -> Substring {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { !HTTPGrammar.isWhitespace($0) }),
              let last = bytes.lastIndex(where: { !HTTPGrammar.isWhitespace($0) }) else { return "" }
        return self[first..<bytes.index(after: last)]
    }

    /// A parameter value as meant: a token as it is, a quoted string (RFC 9110 §5.6.4) without its quotes and
    /// with its escapes read (`"a \"b\""` → `a "b"`); text after the closing quote is dropped.
    public func unquoted() -> String {
        guard first == "\"" else { return String(self) }
        var text = ""
        var escaped = false
        for character in dropFirst() {
            if escaped {
                text.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                break
            } else {
                text.append(character)
            }
        }
        return text
    }
}
