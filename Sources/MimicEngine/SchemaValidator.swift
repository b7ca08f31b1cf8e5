import MimicContracts

/// Checks JSON values against contract schemas (draft 4 semantics for Swagger 2.0 / OpenAPI 3.0, the 2020-12
/// subset OpenAPI 3.1 uses).
///
/// Every violation is reported, not only the first, in a stable order: keyword by keyword (type, enum and
/// const, the keywords of the value's kind, then composition), an object's declared properties in declared
/// order, then its other members in the value's order. `oneOf` and `anyOf` each give one violation that names
/// the closest alternative's reasons.
public struct SchemaValidator: Sendable {
    /// Which way a value travels, for `readOnly` and `writeOnly`.
    public enum Direction: Sendable {
        /// Sent by a client: `readOnly` properties must not be sent, and need not be even when required.
        case request
        /// Returned by the server: `writeOnly` properties must not appear, and need not be even when required.
        case response
    }

    /// Values nested deeper than this are reported (code `depth`) rather than followed, so that no value,
    /// however deep, exhausts the stack.
    public static let maximumDepth = 256

    let schemas: SchemaRegistry
    let patterns = PatternCache()

    /// A validator resolving `$ref`s through `schemas`.
    public init(schemas: SchemaRegistry) {
        self.schemas = schemas
    }

    /// Every way `value` breaks `schema`, each with a JSON pointer relative to `value` (prefixed by `pointer`),
    /// a code and a message.
    ///
    /// `direction` `.request`: readOnly properties must not be sent (code `readOnly`); `.response`: writeOnly
    /// properties must not appear (code `writeOnly`).
    public func violations(
        of value: JSONValue, against schema: Schema, at pointer: String = "", direction: Direction = .request
    ) -> [SchemaViolation] {
        var validation = SchemaValidation(validator: self, direction: direction, base: pointer)
        validation.check(value, against: schema)
        return validation.violations
    }
}
