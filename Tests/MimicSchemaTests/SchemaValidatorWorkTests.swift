import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

/// What checking a value costs: the first violations kept and the rest counted; each element of a plain array
/// checked once and nothing kept for replaying; what a `$ref` finds kept only below a value that several schemas
/// check, where alternatives meet it again.
@Suite struct SchemaValidatorWorkTests {
    private static let item = "api.yaml#/components/schemas/StringDTO"
    private static let validator = SchemaValidator(schemas: .with([(item, .of(.object))]))
    /// The schema of vProtect's `PUT /backups/{guid}/warnings` body.
    private static let warnings = Schema.array(of: .reference(item))
    private static let numbers = JSONValue.array((0..<200_000).map { .integer($0) })

    @Test func aLargeArrayKeepsItsFirstViolationsAndCountsTheRest() {
        let found = Self.validator.violations(of: Self.numbers, against: Self.warnings, keeping: 100)
        #expect(found.kept == (0..<100).map { SchemaViolation(pointer: "/\($0)", code: .type, message: "expected an object, found the integer \($0)") })
        #expect(found.omitted == 199_900)
    }

    @Test func eachElementOfAPlainArrayIsCheckedOnceAndLeavesNothingToReplay() {
        // The array, then for each element its items' `$ref` and the schema that names: 2 checks, whatever the count.
        let invalid = Self.validator.run(of: Self.numbers, against: Self.warnings, at: "", direction: .request, keeping: 100)
        #expect((invalid.work, invalid.rememberedFindings, invalid.violations.count, invalid.omitted) == (400_001, 0, 100, 199_900))
        let objects = JSONValue.array(Array(repeating: .object([JSONMember("text", .string("a"))]), count: 200_000))
        let valid = Self.validator.run(of: objects, against: Self.warnings, at: "", direction: .request, keeping: 100)
        #expect((valid.work, valid.rememberedFindings, valid.violations.count, valid.omitted) == (400_001, 0, 0, 0))
    }

    @Test func recursiveAlternativesKeepOneFindingPerLevel() {
        let key = "api.yaml#/components/schemas/Node"
        let kind = { (name: String) in Schema.object([("kind", .of(.string) { $0.enumValues = [.string(name)] }), ("child", .reference(key))], required: ["kind"]) }
        let node = Schema { $0.oneOf = [kind("leaf"), kind("branch"), kind("fork")] }
        var value = JSONValue.object([JSONMember("kind", .string("leaf"))])
        for _ in 0..<40 { value = .object([JSONMember("kind", .string("branch")), JSONMember("child", value)]) }
        let run = SchemaValidator(schemas: .with([(key, node)])).run(of: value, against: .reference(key), at: "", direction: .request, keeping: .max)
        // Each of the 40 children is followed once and replayed for the two other alternatives of its parent.
        #expect((run.rememberedFindings, run.violations.count, run.isExhausted) == (40, 0, false))
    }

    @Test func aMemberThatTwoSchemasCheckIsFollowedOncePerLevel() {
        let key = "api.yaml#/definitions/Chain"
        let chain = Schema.object([("x", .reference(key))]) { $0.patternProperties = [SchemaProperty(name: "^x$", schema: .reference(key))] }
        let run = SchemaValidator(schemas: .with([(key, chain)])).run(of: Self.nested(30, innermost: .object([])), against: .reference(key), at: "", direction: .request, keeping: .max)
        #expect((run.rememberedFindings, run.violations.count, run.isExhausted) == (30, 0, false))
    }

    @Test func findingsRepeatedAtEveryLevelRunOutOfWorkNotMemory() {
        // Both parts of allOf check `x`: the innermost value's 2 violations are found 2^41 times in all.
        let key = "api.yaml#/definitions/Twice"
        let twice = Schema { $0.allOf = [.object([("x", .reference(key))]), .object([("x", .reference(key))])] }
        let validator = SchemaValidator(schemas: .with([(key, twice)]))
        let value = Self.nested(40, innermost: .integer(1))
        let complexity = SchemaViolation(pointer: "", code: .complexity, message: "the value is too complex to check within Mimic's limits (104100 schema checks)")
        #expect(validator.violations(of: value, against: .reference(key)) == [complexity])
        #expect(validator.violations(of: value, against: .reference(key), keeping: 100) == ([complexity], 0))
    }

    /// `innermost` as the member `x` of `levels` objects, one inside another.
    private static func nested(_ levels: Int, innermost: JSONValue) -> JSONValue {
        var value = innermost
        for _ in 0..<levels { value = .object([JSONMember("x", value)]) }
        return value
    }

    @Test func theKeptViolationsAreTheFirstOfAllWhateverTheLimit() {
        // A reference met at the top (a property, then allOf) and again in alternatives being tried (anyOf).
        let key = "api.yaml#/definitions/Pair"
        let registry = SchemaRegistry.with([(key, .object([("a", .of(.string)), ("b", .of(.string))]))])
        var schema = Schema.object([("p", .reference(key))])
        schema.allOf = [.object([("p", .reference(key))])]
        schema.anyOf = [.object([("p", .reference(key))]), .of(.array)]
        let value = JSONValue.object([JSONMember("p", .object([JSONMember("a", .integer(1)), JSONMember("b", .integer(2))]))])
        let validator = SchemaValidator(schemas: registry)
        let all = validator.violations(of: value, against: schema)
        #expect(all == [
            SchemaViolation(pointer: "/p/a", code: .type, message: "expected a string, found the integer 1"),
            SchemaViolation(pointer: "/p/b", code: .type, message: "expected a string, found the integer 2"),
            SchemaViolation(pointer: "/p/a", code: .type, message: "expected a string, found the integer 1"),
            SchemaViolation(pointer: "/p/b", code: .type, message: "expected a string, found the integer 2"),
            SchemaViolation(pointer: "", code: .anyOf, message: "matches none of the 2 alternatives of anyOf; the closest, #1, fails: /p/a: expected a string, found the integer 1; /p/b: expected a string, found the integer 2"),
        ])
        for limit in 0...all.count {
            let found = validator.violations(of: value, against: schema, keeping: limit)
            #expect(found.kept == Array(all.prefix(limit)), "keeping \(limit)")
            #expect(found.omitted == all.count - limit, "keeping \(limit)")
        }
    }
}

extension Schema {
    /// A schema without a type, adjusted by `configure`.
    fileprivate init(_ configure: (inout Schema) -> Void) {
        self.init()
        configure(&self)
    }
}
