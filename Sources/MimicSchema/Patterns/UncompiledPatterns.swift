import MimicContracts

/// The regular expressions of a schema Mimic cannot compile, for `mimic lint`: such a `pattern` (or
/// `patternProperties` name) constrains nothing, so the contract is not checked where it seems to be.
public enum UncompiledPatterns {
    /// A warning (`schema.invalid-pattern`) for each regular expression of `schema` itself (not of the schemas inside
    /// it) that does not compile, naming it.
    public static func excesses(of schema: Schema) -> [SchemaExcess] {
        var found: [SchemaExcess] = []
        if let pattern = schema.pattern, PatternCache.shared.expression(pattern) == nil {
            found.append(SchemaExcess(
                keyword: "pattern", code: "schema.invalid-pattern",
                message: "pattern '\(pattern)' is not a regular expression Mimic can compile; values are not checked against it"))
        }
        for property in schema.patternProperties where PatternCache.shared.expression(property.name) == nil {
            found.append(SchemaExcess(
                keyword: "patternProperties", code: "schema.invalid-pattern",
                message: "patternProperties name '\(property.name)' is not a regular expression Mimic can compile; no member name matches it"))
        }
        return found
    }
}
