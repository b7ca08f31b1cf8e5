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

    /// A run checks a value against at most this many schemas, and this many more per value in it (each
    /// member, element and the value itself), before it gives up with one violation of code `complexity`:
    /// however its schemas nest and refer to each other, a value is checked in bounded time. Repeating what a
    /// `$ref` found for the same value counts one check per violation repeated.
    public static let workLimit = (base: 100_000, perValue: 100)

    /// The schemas `$ref`s name, each held once, for following them.
    let schemas: SchemaRegistry
    /// The compiled `pattern`s, shared with the data generator.
    let patterns = PatternCache.shared

    /// A validator resolving `$ref`s through `schemas`.
    public init(schemas: SchemaRegistry) {
        self.schemas = schemas
    }

    /// Every way `value` breaks `schema`, each with a JSON pointer relative to `value` (prefixed by `pointer`),
    /// a code and a message.
    ///
    /// `direction` `.request`: readOnly properties must not be sent (code `readOnly`); `.response`: writeOnly
    /// properties must not appear (code `writeOnly`). A value too complex to check within ``workLimit`` gives
    /// that one violation, code `complexity`, at `pointer`.
    public func violations(
        of value: JSONValue, against schema: Schema, at pointer: String = "", direction: Direction = .request
    ) -> [SchemaViolation] {
        violations(of: value, against: schema, at: pointer, direction: direction, keeping: .max).kept
    }

    /// The first `limit` of the violations ``violations(of:against:at:direction:)`` gives, and how many more there
    /// are: those past the limit are counted, never kept (nor their messages written), so that a large value
    /// breaking its schema everywhere costs no more memory than one that keeps it.
    public func violations(
        of value: JSONValue, against schema: Schema, at pointer: String = "", direction: Direction = .request, keeping limit: Int
    ) -> (kept: [SchemaViolation], omitted: Int) {
        let validation = run(of: value, against: schema, at: pointer, direction: direction, keeping: limit)
        guard validation.isExhausted else { return (validation.violations, validation.omitted) }
        return ([SchemaViolation(pointer: pointer, code: .complexity, message: "the value is too complex to check within Mimic's limits (\(validation.workLimit) schema checks)")], 0)
    }

    /// The finished run checking `value` against `schema`, with its counters (the work done, the findings kept
    /// for replaying) as well as what it found.
    func run(of value: JSONValue, against schema: Schema, at pointer: String, direction: Direction, keeping limit: Int) -> SchemaValidation {
        let workLimit = Self.workLimit.base + Self.workLimit.perValue * Self.count(of: value)
        var validation = SchemaValidation(validator: self, direction: direction, base: pointer, workLimit: workLimit, keptLimit: limit)
        validation.check(value, against: schema)
        return validation
    }

    /// The number of values in `value`: itself, and every member and element at any depth (only arrays and
    /// objects wait their turn, so that a long array of scalars is counted without a copy of it).
    private static func count(of value: JSONValue) -> Int {
        var count = 1
        var pending = value.isContainer ? [value] : []
        while let next = pending.popLast() {
            switch next {
            case .array(let elements):
                count += elements.count
                pending += elements.lazy.filter(\.isContainer)
            case .object(let members):
                count += members.count
                pending += members.lazy.map(\.value).filter(\.isContainer)
            case .null, .bool, .integer, .number, .string: break
            }
        }
        return count
    }
}
