import MimicContracts
import MimicSchema

/// Reads the text a request gives a parameter as the JSON value its schema describes: `true`/`false` as a
/// boolean, an integer within its format's range (int32 or, with any other format or none, int64), a number,
/// else the text itself; and splits an array's text into items as its `style` and `explode` spell them.
enum ParameterDecoder {
    /// What a text reads as: a value, or the violation of a text that is not of the schema's type.
    enum Outcome: Sendable, Hashable {
        case value(JSONValue)
        case mismatch(message: String)
    }

    /// The value `text` spells for `schema` (references resolved): the first of the schema's scalar types
    /// (integer, number, boolean, null, in that order) the text reads as, else the text when strings are
    /// allowed (or any type is), else a mismatch naming the expected type.
    static func decode(_ text: String, as schema: Schema) -> Outcome {
        let types = schema.types
        if types.isEmpty { return .value(.string(text)) }
        for type in [SchemaType.integer, .number, .boolean, .null] where types.contains(type) {
            if let value = scalar(text, as: type) { return .value(value) }
        }
        if types.contains(.string) || types.contains(.object) || types.contains(.array) { return .value(.string(text)) }
        if schema.nullable, text == "null" { return .value(.null) }
        // Whatever its format, an integer parameter is read within int64.
        let expected = SchemaType.phrase(of: types, format: schema.format == "int32" ? "int32" : "int64")
        return .mismatch(message: "expected \(expected), found \(JSONValue.string(text).serialized())")
    }

    /// The items of an array parameter given `occurrences` (one per time the name appears): each occurrence
    /// is an item when `style` is an exploded form, else each is split on the style's delimiter (a comma for
    /// `form`, `simple` and, read like `simple`, `label` and `matrix`), an empty occurrence holding no item:
    /// OpenAPI spells the empty array `color=`, and `a,,b` still has an empty second item.
    static func items(of occurrences: [String], style: ParameterStyle, explode: Bool) -> [String] {
        let delimiter: Character
        switch style {
        case .form where explode: return occurrences
        case .spaceDelimited: delimiter = " "
        case .tabDelimited: delimiter = "\t"
        case .pipeDelimited: delimiter = "|"
        case .matrix, .label, .form, .simple, .deepObject: delimiter = ","
        }
        return occurrences.flatMap { $0.isEmpty ? [] : $0.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init) }
    }

    /// The value of one JSON type that `text` spells, or nil.
    private static func scalar(_ text: String, as type: SchemaType) -> JSONValue? {
        switch type {
        case .integer: integer(text).map(JSONValue.integer)
        case .number: number(text)
        case .boolean: text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
        case .null: text == "null" ? .null : nil
        case .string, .array, .object: nil
        }
    }

    /// An optional `-` and decimal digits, within the int64 range.
    private static func integer(_ text: String) -> Int? {
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(text)
    }

    /// A JSON number's spelling (RFC 8259 §6), as an integer when it has neither fraction nor exponent.
    private static func number(_ text: String) -> JSONValue? {
        if let integer = integer(text) { return .integer(integer) }
        let allowed = Set("0123456789-+.eE".utf8)
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
              text.utf8.allSatisfy(allowed.contains), let value = Double(text), value.isFinite else { return nil }
        return .number(value)
    }
}
