import MimicContracts

extension JSONValue {
    /// How a message names the value found: `the string "abc"`, `the integer 7`, `true`, `null`, `an object`.
    var foundDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .integer(let value): "the integer \(value)"
        case .number(let value): "the number \(JSONValue.number(value).serialized())"
        case .string: "the string \(quoted)"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value as JSON text, shortened to about 60 characters: `"abc"`, `1.5`, `{"a":1}`.
    var quoted: String {
        let text = serialized()
        guard text.count > Self.quotedLimit else { return text }
        return text.prefix(Self.quotedLimit) + "…"
    }

    /// The value as a list of allowed values shows it: strings bare, everything else as JSON.
    var listed: String {
        if case .string(let text) = self { return text }
        return quoted
    }

    private static let quotedLimit = 60
}
