/// A header field value made of a leading token and `;`-separated parameters (RFC 9110 §5.6.6), as
/// `Content-Type`, the elements of `Accept` and `Content-Disposition` write it: `form-data; name="file"`.
///
/// Parameter names are case-insensitive and kept in lower case. A value is a token or a quoted string, whose
/// quotes and backslash escapes are removed; a `;` inside a quoted string does not end the parameter. A
/// parameter without `=` has the empty value; one without a name is dropped.
public struct ParameterizedValue: Sendable, Hashable {
    /// One `name=value` parameter.
    public struct Parameter: Sendable, Hashable {
        /// The name, in lower case.
        public var name: String
        /// The value, unquoted.
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The leading token, spaces and tabs around it trimmed, as written.
    public var token: Substring
    /// The parameters, in order.
    public var parameters: [Parameter]

    /// The token and parameters of `text`.
    public init(_ text: some StringProtocol) {
        let pieces = Self.pieces(of: Substring(text))
        token = pieces[0].trimmingASCIIWhitespace()
        parameters = pieces.dropFirst().compactMap { piece in
            let name = piece.prefix { $0 != "=" }
            let trimmedName = name.trimmingASCIIWhitespace()
            guard !trimmedName.isEmpty else { return nil }
            let value = piece[name.endIndex...].dropFirst().trimmingASCIIWhitespace()
            return Parameter(name: HTTPGrammar.lowercased(trimmedName), value: value.unquoted())
        }
    }

    /// The value of the first parameter called `name` (lower case), or nil.
    public func parameter(named name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// `text` split on every `;` outside a quoted string, read on its bytes.
    private static func pieces(of text: Substring) -> [Substring] {
        let bytes = text.utf8
        guard bytes.contains(HTTPGrammar.semicolon) else { return [text] }
        var pieces: [Substring] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        var quoted = false
        while index < bytes.endIndex {
            switch bytes[index] {
            case HTTPGrammar.quote: quoted.toggle()
            case HTTPGrammar.backslash where quoted: index = bytes.index(after: index) < bytes.endIndex ? bytes.index(after: index) : index
            case HTTPGrammar.semicolon where !quoted:
                pieces.append(text[start..<index])
                start = bytes.index(after: index)
            default: break
            }
            index = bytes.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }
}
