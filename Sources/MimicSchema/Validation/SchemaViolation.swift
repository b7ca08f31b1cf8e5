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

extension SchemaViolation {
    /// The same violation: the same pointer, code, message and allowed values. The ``term`` is left out: it
    /// restates what the schema asks for, which the code and message already say.
    public static func == (left: SchemaViolation, right: SchemaViolation) -> Bool {
        left.pointer == right.pointer && left.code == right.code && left.message == right.message && left.allowed == right.allowed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pointer)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(allowed)
    }
}
