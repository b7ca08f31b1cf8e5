import MimicContracts

/// One way a JSON value breaks a schema: where, which keyword, and what a person should change.
public struct SchemaViolation: Sendable, Hashable {
    /// A JSON pointer to the offending value (`/items/0/status`), prefixed by the pointer the check started at.
    public var pointer: String
    /// The keyword broken, stable: `type`, `enum`, `required`, `format`, `minimum`, `oneOf`, `readOnly`, `depth` …
    public var code: ViolationCode
    /// Lower-case and precise: `expected an integer, found the string "abc"`.
    public var message: String
    /// The values the schema allows, for `enum` and `discriminator` violations.
    public var allowed: [JSONValue]?
    /// What the broken keyword asks for, where the code alone does not say it (see ``SchemaTerm``).
    public var term: SchemaTerm?

    public init(pointer: String, code: ViolationCode, message: String, allowed: [JSONValue]? = nil, term: SchemaTerm? = nil) {
        self.pointer = pointer
        self.code = code
        self.message = message
        self.allowed = allowed
        self.term = term
    }
}
