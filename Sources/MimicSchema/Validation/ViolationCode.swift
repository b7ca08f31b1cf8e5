/// The stable name of a rule a value broke, as reports and journals give it (`enum`, `minLength`, `media-type`).
///
/// A type rather than a string, so that the rules are named in one place and compared without spelling them:
/// the schema keywords are declared here; the layers above add the rules of their own (a request's media type,
/// its encoding …) in extensions.
public struct ViolationCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The code as reports spell it.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String {
        rawValue
    }

    // The JSON Schema keywords a value can break.
    public static let type = ViolationCode(rawValue: "type")
    public static let `enum` = ViolationCode(rawValue: "enum")
    public static let const = ViolationCode(rawValue: "const")
    public static let minimum = ViolationCode(rawValue: "minimum")
    public static let maximum = ViolationCode(rawValue: "maximum")
    public static let multipleOf = ViolationCode(rawValue: "multipleOf")
    public static let format = ViolationCode(rawValue: "format")
    public static let minLength = ViolationCode(rawValue: "minLength")
    public static let maxLength = ViolationCode(rawValue: "maxLength")
    public static let pattern = ViolationCode(rawValue: "pattern")
    public static let minItems = ViolationCode(rawValue: "minItems")
    public static let maxItems = ViolationCode(rawValue: "maxItems")
    public static let uniqueItems = ViolationCode(rawValue: "uniqueItems")
    public static let additionalItems = ViolationCode(rawValue: "additionalItems")
    public static let contains = ViolationCode(rawValue: "contains")
    public static let minContains = ViolationCode(rawValue: "minContains")
    public static let maxContains = ViolationCode(rawValue: "maxContains")
    public static let required = ViolationCode(rawValue: "required")
    public static let minProperties = ViolationCode(rawValue: "minProperties")
    public static let maxProperties = ViolationCode(rawValue: "maxProperties")
    public static let additionalProperties = ViolationCode(rawValue: "additionalProperties")
    public static let propertyNames = ViolationCode(rawValue: "propertyNames")
    public static let dependencies = ViolationCode(rawValue: "dependencies")
    public static let readOnly = ViolationCode(rawValue: "readOnly")
    public static let writeOnly = ViolationCode(rawValue: "writeOnly")
    public static let not = ViolationCode(rawValue: "not")
    public static let anyOf = ViolationCode(rawValue: "anyOf")
    public static let oneOf = ViolationCode(rawValue: "oneOf")
    public static let discriminator = ViolationCode(rawValue: "discriminator")
    /// The value nests deeper than the validator follows.
    public static let depth = ViolationCode(rawValue: "depth")
    /// The value is too complex to check within the validator's work limit.
    public static let complexity = ViolationCode(rawValue: "complexity")
}
