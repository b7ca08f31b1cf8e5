import MimicContracts

extension SchemaType {
    /// How a message names the types a value may have, so that the same mistake reads the same way in a
    /// parameter and in a body: `a string`, `an integer (int64) or null`, `a number, a boolean (true or false) or
    /// null`. An integer names its `format` when that is `int32` or `int64`, the range it must fit.
    package static func phrase(of types: [SchemaType], format: String?) -> String {
        let phrases = types.map { $0.phrase(format: format) }
        guard phrases.count > 1 else { return phrases.joined() }
        return phrases.dropLast().joined(separator: ", ") + " or " + phrases[phrases.count - 1]
    }

    /// The type as a message names it: `an integer`, `an integer (int32)`, `a boolean (true or false)`, `null`.
    private func phrase(format: String?) -> String {
        switch self {
        case .string: "a string"
        case .integer: if let format = format.flatMap(NumberFormat.init(rawValue:)), format.isIntegerWidth { "an integer (\(format.rawValue))" } else { "an integer" }
        case .number: "a number"
        case .boolean: "a boolean (true or false)"
        case .array: "an array"
        case .object: "an object"
        case .null: "null"
        }
    }
}
