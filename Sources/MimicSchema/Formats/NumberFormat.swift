import MimicContracts

/// The numeric `format`s whose range Mimic knows, in one table that generating, validating and messages read:
/// `int32`, `int64` and `float` (OpenAPI's data types). `double` is any JSON number and has no entry.
enum NumberFormat: String, CaseIterable, Sendable {
    case int32
    case int64
    case float

    /// The format a schema names, if it is one of these.
    init?(of schema: Schema) {
        guard let name = schema.format, let format = Self(rawValue: name) else { return nil }
        self = format
    }

    /// Whether the format is an integer width, which a type's phrase names (`an integer (int32)`).
    var isIntegerWidth: Bool {
        self != .float
    }

    /// The values the format admits, as a message gives them.
    var range: String {
        switch self {
        case .int32: "-2147483648 to 2147483647"
        case .int64: "-9223372036854775808 to 9223372036854775807"
        case .float: "±3.4028235e+38"
        }
    }

    /// Whether an integral `value` (whose double is `number`) is within the format's range.
    func admits(_ value: JSONValue, _ number: Double) -> Bool {
        switch (self, value) {
        case (.int32, .integer(let integer)): Int32(exactly: integer) != nil
        case (.int32, _): Int32(exactly: number) != nil
        case (.int64, .integer): true
        case (.int64, _): Int64(exactly: number) != nil
        case (.float, _): abs(number) <= Double(Float.greatestFiniteMagnitude)
        }
    }
}
