import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

@Suite struct SchemaValidatorTests {
    private func violations(
        of value: JSONValue, against schema: Schema, registry: [(String, Schema)] = [], at pointer: String = "",
        direction: SchemaValidator.Direction = .request
    ) -> [SchemaViolation] {
        SchemaValidator(schemas: .with(registry)).violations(of: value, against: schema, at: pointer, direction: direction)
    }

    private func violation(_ pointer: String, _ code: ViolationCode, _ message: String, allowed: [JSONValue]? = nil) -> SchemaViolation {
        SchemaViolation(pointer: pointer, code: code, message: message, allowed: allowed)
    }

    // MARK: Types

    @Test func aWrongTypeNamesWhatWasExpectedAndWhatWasFound() {
        #expect(violations(of: .string("abc"), against: .of(.integer)) == [violation("", "type", #"expected an integer, found the string "abc""#)])
        #expect(violations(of: .number(1.5), against: .of(.integer)) == [violation("", "type", "expected an integer, found the number 1.5")])
        #expect(violations(of: .bool(true), against: Schema(types: [.string, .integer, .null])) == [violation("", "type", "expected a string, an integer or null, found true")])
        #expect(violations(of: .string("7"), against: .of(.integer, format: "int64")) == [violation("", "type", #"expected an integer (int64), found the string "7""#)])
        #expect(violations(of: .string("yes"), against: Schema(types: [.boolean, .null])) == [violation("", "type", #"expected a boolean (true or false) or null, found the string "yes""#)])
    }

    @Test func aNumberWithAnIntegralValueIsAnInteger() {
        #expect(violations(of: .number(1.0), against: .of(.integer)).isEmpty)
        #expect(violations(of: .integer(1), against: .of(.number)).isEmpty)
    }

    @Test func nullIsATypeViolationUnlessTheSchemaIsNullable() {
        #expect(violations(of: .null, against: .of(.string)) == [violation("", "type", "expected a string, found null")])
        #expect(violations(of: .null, against: .of(.string) { $0.nullable = true }).isEmpty)
        var wrapper = Schema()
        wrapper.nullable = true
        wrapper.allOf = [.object([("name", .of(.string))], required: ["name"])]
        #expect(violations(of: .null, against: wrapper).isEmpty)
    }

    // MARK: enum and const

    @Test func anEnumViolationListsTheValuesAndSuggestsTheOneMeant() {
        let status = Schema.of(.string) { $0.enumValues = [.string("SUCCESS"), .string("FAILED")] }
        #expect(violations(of: .string("success"), against: status) == [
            violation("", "enum", #""success" is not one of SUCCESS, FAILED; did you mean "SUCCESS"?"#, allowed: [.string("SUCCESS"), .string("FAILED")]),
        ])
        #expect(violations(of: .string("FAILD"), against: status).map(\.message) == [#""FAILD" is not one of SUCCESS, FAILED; did you mean "FAILED"?"#])
    }

    @Test func anEnumSuggestsNothingWhenNoValueIsClose() {
        let status = Schema.of(.string) { $0.enumValues = [.string("SUCCESS"), .string("FAILED")] }
        #expect(violations(of: .string("BOGUS"), against: status).map(\.message) == [#""BOGUS" is not one of SUCCESS, FAILED"#])
    }

    @Test func anEnumListsAtMostTenValues() {
        let digits = Schema.of(.integer) { $0.enumValues = (0..<12).map { .integer($0) } }
        #expect(violations(of: .integer(12), against: digits).map(\.message) == ["12 is not one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …"])
    }

    @Test func enumAndConstCompareNumbersByValue() {
        #expect(violations(of: .number(2.0), against: Schema { $0.enumValues = [.integer(1), .integer(2)] }).isEmpty)
        #expect(violations(of: .string("b"), against: Schema { $0.constValue = .string("a") }) == [violation("", "const", #"must be "a""#, allowed: [.string("a")])])
    }

    // MARK: Numbers

    @Test func numericBoundsSayWhatTheValueMustBe() {
        #expect(violations(of: .integer(0), against: .of(.integer) { $0.minimum = NumericBound(1) }).map(\.message) == ["must be at least 1"])
        #expect(violations(of: .integer(1), against: .of(.integer) { $0.minimum = NumericBound(1, exclusive: true) }).map(\.message) == ["must be greater than 1"])
        #expect(violations(of: .number(10.5), against: .of(.number) { $0.maximum = NumericBound(10) }).map(\.message) == ["must be at most 10"])
        #expect(violations(of: .number(2.5), against: .of(.number) { $0.maximum = NumericBound(2.5, exclusive: true) }).map(\.message) == ["must be less than 2.5"])
        #expect(violations(of: .number(0.015), against: .of(.number) { $0.multipleOf = 0.01 }) == [violation("", "multipleOf", "must be a multiple of 0.01")])
        #expect(violations(of: .number(0.07), against: .of(.number) { $0.multipleOf = 0.01 }).isEmpty)
    }

    @Test func int32AndInt64FormatsCheckTheRange() {
        let int32 = Schema.of(.integer, format: "int32")
        #expect(violations(of: .integer(2_147_483_647), against: int32).isEmpty)
        #expect(violations(of: .integer(-2_147_483_648), against: int32).isEmpty)
        #expect(violations(of: .integer(2_147_483_648), against: int32) == [violation("", "format", "2147483648 is outside the int32 range (-2147483648 to 2147483647)")])
        let int64 = Schema.of(.integer, format: "int64")
        #expect(violations(of: .integer(.max), against: int64).isEmpty)
        #expect(violations(of: .number(1e19), against: int64) == [violation("", "format", "1e+19 is outside the int64 range (-9223372036854775808 to 9223372036854775807)")])
        #expect(violations(of: .number(1e39), against: .of(.number, format: "float")).map(\.message) == ["1e+39 is outside the float range (±3.4028235e+38)"])
    }

    // MARK: Strings

    @Test func stringLengthsCountCharactersAndPatternsAreSearched() {
        let code = Schema.of(.string) { $0.minLength = 2; $0.maxLength = 3; $0.pattern = #"^\d+$"# }
        #expect(violations(of: .string("1"), against: code) == [violation("", "minLength", "must be at least 2 characters long, found 1")])
        #expect(violations(of: .string("12a4"), against: code) == [
            violation("", "maxLength", "must be at most 3 characters long, found 4"),
            violation("", "pattern", #""12a4" does not match the pattern ^\d+$"#),
        ])
        #expect(violations(of: .string("١٢"), against: code).map(\.code) == ["pattern"], "\\d is ASCII-only, as in ECMA-262")
    }

    @Test func anInvalidPatternConstrainsNothing() {
        #expect(violations(of: .string("x"), against: .of(.string) { $0.pattern = "([a-z" }).isEmpty)
    }

    @Test(arguments: [
        ("date", "2024-02-29", "2023-02-29", #""2023-02-29" is not a date (RFC 3339 full-date)"#),
        ("date-time", "2024-01-31T10:00:00.5+01:00", "2024-13-01", #""2024-13-01" is not a date-time (RFC 3339)"#),
        ("time", "23:59:60Z", "10:00", #""10:00" is not a time (RFC 3339 full-time)"#),
        ("uuid", "123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000", #""123e4567e89b12d3a456426614174000" is not a uuid"#),
        ("email", "joe.bloggs@example.com", "joe..bloggs@example.com", #""joe..bloggs@example.com" is not an email address"#),
        ("uri", "https://example.com/a?b=c#d", "/relative/path", #""/relative/path" is not an absolute uri (RFC 3986)"#),
        ("uri-reference", "/relative/path", "a b", #""a b" is not a uri-reference (RFC 3986)"#),
        ("hostname", "api.example.com", "api_example.com", #""api_example.com" is not a hostname (RFC 1123)"#),
        ("ipv4", "192.168.0.1", "192.168.0.256", #""192.168.0.256" is not an ipv4 address"#),
        ("ipv6", "2001:db8::1", "2001:db8:::1", #""2001:db8:::1" is not an ipv6 address"#),
        ("byte", "aGVsbG8=", "aGVsbG8", #""aGVsbG8" is not base64 (RFC 4648)"#),
        ("regex", "^[a-z]+$", "([a-z", #""([a-z" is not a valid regular expression"#),
    ])
    func stringFormatsAreChecked(format: String, valid: String, invalid: String, message: String) {
        #expect(violations(of: .string(valid), against: .of(.string, format: format)).isEmpty)
        #expect(violations(of: .string(invalid), against: .of(.string, format: format)) == [violation("", "format", message)])
    }

    @Test func binaryPasswordAndUnknownFormatsAdmitAnyString() {
        for format in ["binary", "password", "x-custom"] {
            #expect(violations(of: .string("anything at all"), against: .of(.string, format: format)).isEmpty)
        }
    }

    // MARK: Arrays

    @Test func arrayCountsAndUniquenessAreReported() {
        let tags = Schema.array(of: .of(.string)) { $0.minItems = 1; $0.maxItems = 2; $0.uniqueItems = true }
        #expect(violations(of: .array([]), against: tags) == [violation("", "minItems", "must have at least 1 item, found 0")])
        #expect(violations(of: .array([.string("a"), .integer(1), .string("a")]), against: tags) == [
            violation("", "maxItems", "must have at most 2 items, found 3"),
            violation("/2", "uniqueItems", "equals item 0; items must be unique"),
            violation("/1", "type", "expected a string, found the integer 1"),
        ])
    }

    @Test func containsCountsTheMatchingItemsAndFaultsNoneOfTheOthers() {
        let statuses = Schema.of(.string) { $0.enumValues = ["placed", "approved", "delivered"].map(JSONValue.string) }
        let order = ["placed", "approved", "rejected"].map(JSONValue.string)
        #expect(violations(of: .array(order), against: Schema.array(of: .of(.string)) { $0.contains = statuses }).isEmpty)
        #expect(violations(of: .array([.string("rejected")]), against: Schema.array(of: .of(.string)) { $0.contains = statuses }) == [
            violation("", "contains", "must have at least one item that matches the schema under contains"),
        ])
        let atLeastThree = Schema.array(of: .of(.string)) { $0.contains = statuses; $0.minContains = 3 }
        #expect(violations(of: .array(order), against: atLeastThree) == [
            violation("", "minContains", "must have at least 3 items matching the schema under contains, found 2"),
        ])
        let atMostOne = Schema.array(of: .of(.string)) { $0.contains = statuses; $0.maxContains = 1 }
        #expect(violations(of: .array(order), against: atMostOne) == [
            violation("", "maxContains", "must have at most 1 item matching the schema under contains, found 2"),
        ])
        let none = Schema.array(of: .of(.string)) { $0.contains = statuses; $0.minContains = 0 }
        #expect(violations(of: .array([]), against: none).isEmpty)
    }

    @Test func tupleItemsCheckByPositionAndMayForbidMore() {
        var pair = Schema(types: [.array])
        pair.tupleItems = [.of(.string), .of(.integer)]
        pair.additionalItems = .forbidden
        #expect(violations(of: .array([.string("a"), .string("b"), .null]), against: pair) == [
            violation("/1", "type", #"expected an integer, found the string "b""#),
            violation("", "additionalItems", "must have at most 2 items, found 3; no additional items are allowed"),
        ])
    }

    // MARK: Objects

    @Test func everyViolationOfAnObjectIsReportedInDeclaredOrder() {
        let person = Schema.object([
            ("name", .of(.string) { $0.minLength = 1 }),
            ("age", .of(.integer) { $0.minimum = NumericBound(0) }),
        ], required: ["id", "name"])
        #expect(violations(of: .object([JSONMember("age", .integer(-1)), JSONMember("name", .string(""))]), against: person, at: "/owner") == [
            violation("/owner", "required", #"required property "id" is missing"#),
            violation("/owner/name", "minLength", "must be at least 1 character long, found 0"),
            violation("/owner/age", "minimum", "must be at least 0"),
        ])
    }

    @Test func anUndeclaredPropertyIsNamedWithTheOneMeant() {
        let person = Schema.object([("name", .of(.string)), ("email", .of(.string))], required: ["name"]) { $0.additionalProperties = .forbidden }
        #expect(violations(of: .object([JSONMember("nmae", .string("Ann")), JSONMember("a/b", .null)]), against: person) == [
            violation("", "required", #"required property "name" is missing"#),
            violation("/nmae", "additionalProperties", #"property "nmae" is not allowed; did you mean "name"?"#),
            violation("/a~1b", "additionalProperties", #"property "a/b" is not allowed"#),
        ])
    }

    @Test func propertyCountsPatternPropertiesAndDependenciesAreChecked() {
        var schema = Schema(types: [.object])
        schema.minProperties = 3
        schema.maxProperties = 1
        schema.patternProperties = [SchemaProperty(name: "^x-", schema: .of(.string))]
        schema.dependencies = [SchemaDependency(property: "card", requirement: .properties(["billing"]))]
        #expect(violations(of: .object([JSONMember("x-a", .integer(1)), JSONMember("card", .string("4111"))]), against: schema) == [
            violation("", "minProperties", "must have at least 3 properties, found 2"),
            violation("", "maxProperties", "must have at most 1 property, found 2"),
            violation("/x-a", "type", "expected a string, found the integer 1"),
            violation("", "dependencies", #"property "billing" is required when "card" is present"#),
        ])
    }

    @Test func readOnlyPropertiesMustNotBeSentAndNeedNotBeWhenRequired() {
        let pet = Schema.object([("id", .of(.integer) { $0.readOnly = true }), ("name", .of(.string))], required: ["id", "name"])
        #expect(violations(of: .object([JSONMember("name", .string("Rex"))]), against: pet).isEmpty)
        #expect(violations(of: .object([JSONMember("id", .integer(1)), JSONMember("name", .string("Rex"))]), against: pet) == [
            violation("/id", "readOnly", #"property "id" is read-only; leave it out of requests"#),
        ])
        #expect(violations(of: .object([JSONMember("name", .string("Rex"))]), against: pet, direction: .response) == [
            violation("", "required", #"required property "id" is missing"#),
        ])
    }

    @Test func writeOnlyPropertiesMustNotAppearInResponses() {
        let key = "api.yaml#/components/schemas/Password"
        let user = Schema.object([("password", .reference(key))], required: ["password"])
        let registry = [(key, Schema.of(.string) { $0.writeOnly = true })]
        #expect(violations(of: .object([]), against: user, registry: registry, direction: .response).isEmpty)
        #expect(violations(of: .object([JSONMember("password", .string("x"))]), against: user, registry: registry, direction: .response) == [
            violation("/password", "writeOnly", #"property "password" is write-only; it must not appear in responses"#),
        ])
        #expect(violations(of: .object([JSONMember("password", .string("x"))]), against: user, registry: registry).isEmpty)
    }

    // MARK: Composition

    @Test func oneOfAndAnyOfGiveOneViolationNamingTheClosestAlternative() {
        var schema = Schema()
        schema.oneOf = [.of(.string), .object([("id", .of(.integer))], required: ["id"])]
        #expect(violations(of: .object([JSONMember("id", .string("7"))]), against: schema) == [
            violation("", "oneOf", #"matches none of the 2 alternatives of oneOf; the closest, #2, fails: /id: expected an integer, found the string "7""#),
        ])
        schema.oneOf = [.of(.number), .of(.integer)]
        #expect(violations(of: .integer(1), against: schema) == [
            violation("", "oneOf", "matches 2 alternatives of oneOf (#1, #2) but must match exactly one"),
        ])
        var either = Schema()
        either.anyOf = [.of(.string) { $0.minLength = 3 }, .of(.boolean)]
        #expect(violations(of: .string("ab"), against: either).map(\.message) == [
            "matches none of the 2 alternatives of anyOf; the closest, #1, fails: must be at least 3 characters long, found 2",
        ])
        #expect(violations(of: .bool(false), against: either).isEmpty)
    }

    @Test func notRejectsWhatItsSchemaMatches() {
        #expect(violations(of: .string("x"), against: Schema { $0.not = .of(.string) }) == [violation("", "not", "must not match the schema under not")])
    }

    @Test func theDiscriminatorPicksTheOnlyAlternativeChecked() {
        let cat = "api.yaml#/components/schemas/Cat", dog = "api.yaml#/components/schemas/Dog"
        let registry: [(String, Schema)] = [
            (cat, .object([("petType", .of(.string)), ("meows", .of(.boolean))], required: ["meows"])),
            (dog, .object([("petType", .of(.string)), ("barks", .of(.boolean))], required: ["barks"])),
        ]
        var pet = Schema()
        pet.oneOf = [.reference(cat), .reference(dog)]
        pet.discriminator = Discriminator(propertyName: "petType", mapping: [DiscriminatorMapping(value: "kitty", reference: cat)])
        let names: [JSONValue] = [.string("kitty"), .string("Cat"), .string("Dog")]
        #expect(violations(of: .object([JSONMember("petType", .string("Dog")), JSONMember("meows", .bool(true))]), against: pet, registry: registry) == [
            violation("", "required", #"required property "barks" is missing"#),
        ])
        #expect(violations(of: .object([JSONMember("petType", .string("kitty")), JSONMember("meows", .bool(true))]), against: pet, registry: registry).isEmpty)
        #expect(violations(of: .object([JSONMember("petType", .string("dgo"))]), against: pet, registry: registry) == [
            violation("/petType", "discriminator", #""dgo" is not one of kitty, Cat, Dog; did you mean "Dog"?"#, allowed: names),
        ])
        #expect(violations(of: .object([]), against: pet, registry: registry) == [
            violation("", "discriminator", #"required property "petType" is missing; it names the kind of object: one of kitty, Cat, Dog"#, allowed: names),
        ])
    }

    @Test func openAlternativesThatBothMatchAreToldApartByTheDiscriminatorTheirBaseDeclares() {
        let pet = "api.yaml#/components/schemas/Pet", cat = "api.yaml#/components/schemas/Cat", dog = "api.yaml#/components/schemas/Dog"
        var base = Schema.object([("pet_type", .of(.string))], required: ["pet_type"])
        base.discriminator = Discriminator(propertyName: "pet_type", mapping: [DiscriminatorMapping(value: "hound", reference: dog)])
        let registry: [(String, Schema)] = [
            (pet, base),
            (cat, Schema { $0.allOf = [.reference(pet), .object([("hunts", .of(.boolean))])] }),
            (dog, Schema { $0.allOf = [.reference(pet), .object([("bark", .of(.boolean))])] }),
        ]
        let either = Schema { $0.oneOf = [.reference(cat), .reference(dog)] }
        #expect(violations(of: .object([JSONMember("pet_type", .string("Cat")), JSONMember("hunts", .bool(true))]), against: either, registry: registry).isEmpty, "by the schema's name")
        #expect(violations(of: .object([JSONMember("pet_type", .string("hound"))]), against: either, registry: registry).isEmpty, "by the base's mapping")
        #expect(violations(of: .object([JSONMember("pet_type", .string("Dog"))]), against: either, registry: registry) == [
            violation("", "oneOf", "matches 2 alternatives of oneOf (#1, #2) but must match exactly one"),
        ], "a mapped schema is known by its mapping value only")
        #expect(violations(of: .object([JSONMember("pet_type", .string("Bird"))]), against: either, registry: registry) == [
            violation("", "oneOf", "matches 2 alternatives of oneOf (#1, #2) but must match exactly one"),
        ])
    }

    @Test func aSwaggerDiscriminatorNamesItsSubtypeToo() {
        let pet = "api.yaml#/definitions/Pet", cat = "api.yaml#/definitions/Cat", dog = "api.yaml#/definitions/Dog"
        var base = Schema.object([("petType", .of(.string))], required: ["petType"])
        base.discriminator = Discriminator(propertyName: "petType")
        let registry: [(String, Schema)] = [
            (pet, base),
            (cat, Schema { $0.allOf = [.reference(pet)] }),
            (dog, Schema { $0.allOf = [.reference(pet)] }),
        ]
        let either = Schema { $0.oneOf = [.reference(cat), .reference(dog)] }
        #expect(violations(of: .object([JSONMember("petType", .string("Dog"))]), against: either, registry: registry).isEmpty)
    }

    @Test func aDiscriminatorKnowsASchemaByItsUnescapedName() {
        let key = "api.yaml#/components/schemas/pets~1cat~0v2"
        var pet = Schema()
        pet.oneOf = [.reference(key)]
        pet.discriminator = Discriminator(propertyName: "kind")
        let registry = [(key, Schema.object([("meows", .of(.boolean))], required: ["meows"]))]
        #expect(violations(of: .object([JSONMember("kind", .string("pets/cat~v2")), JSONMember("meows", .bool(true))]), against: pet, registry: registry).isEmpty)
        #expect(violations(of: .object([JSONMember("kind", .string("pets~1cat~0v2"))]), against: pet, registry: registry) == [
            violation("/kind", "discriminator", #""pets~1cat~0v2" is not one of pets/cat~v2; did you mean "pets/cat~v2"?"#, allowed: [.string("pets/cat~v2")]),
        ])
    }

    // MARK: References and depth

    @Test func referenceLoopsWithoutAValueBetweenThemEnd() {
        let loop = "api.yaml#/definitions/Loop", wrap = "api.yaml#/definitions/Wrap"
        #expect(violations(of: .integer(1), against: .reference(loop), registry: [(loop, .reference(loop))]).isEmpty)
        let wrapper = Schema { $0.allOf = [.reference(wrap), .of(.string)] }
        #expect(violations(of: .integer(1), against: .reference(wrap), registry: [(wrap, wrapper)]).map(\.code) == ["type"])
    }

    @Test func eachMemberNameIsCheckedAgainstAReferencedPropertyNamesSchema() {
        let key = "api.yaml#/definitions/Name"
        let schema = Schema.of(.object) { $0.propertyNames = .reference(key) }
        let registry = [(key, Schema.of(.string) { $0.maxLength = 3 })]
        #expect(violations(of: .object([JSONMember("abc", .integer(1)), JSONMember("abcdef", .integer(2))]), against: schema, registry: registry) == [
            violation("/abcdef", "propertyNames", #"property name "abcdef" is not allowed: must be at most 3 characters long, found 6"#),
        ])
    }

    @Test func valuesNestedTooDeeplyAreReportedOnceInsteadOfFollowed() {
        let key = "api.yaml#/definitions/Nested"
        var value = JSONValue.array([])
        for _ in 0..<1_000 { value = .array([value]) }
        let found = violations(of: value, against: .reference(key), registry: [(key, .array(of: .reference(key)))])
        #expect(found == [violation(String(repeating: "/0", count: 257), "depth", "nested deeper than 256 levels")])
    }

    @Test func recursiveAlternativesAreCheckedOncePerLevel() {
        let key = "api.yaml#/components/schemas/Node"
        let kind = { (name: String) in Schema.object([("kind", .of(.string) { $0.enumValues = [.string(name)] }), ("child", .reference(key))], required: ["kind"]) }
        let node = Schema { $0.oneOf = [kind("leaf"), kind("branch"), kind("fork")] }
        func nested(_ innermost: String) -> JSONValue {
            var value = JSONValue.object([JSONMember("kind", .string(innermost))])
            for _ in 0..<40 { value = .object([JSONMember("kind", .string("branch")), JSONMember("child", value)]) }
            return value
        }
        #expect(violations(of: nested("leaf"), against: .reference(key), registry: [(key, node)]).isEmpty)
        let level = "matches none of the 3 alternatives of oneOf; the closest, #2, fails: /child: "
        #expect(violations(of: nested("twig"), against: .reference(key), registry: [(key, node)]) == [
            violation("", "oneOf", String(repeating: level, count: 40) + #"matches none of the 3 alternatives of oneOf; the closest, #1, fails: /kind: "twig" is not one of leaf"#),
        ])
    }

    @Test func aRunThatChecksTooMuchGivesUpWithOneViolation() {
        let keys = (0...40).map { "api.yaml#/definitions/Level\($0)" }
        var registry = zip(keys, keys.dropFirst()).map { key, next in (key, Schema { $0.anyOf = [.reference(next), .reference(next)] }) }
        registry.append((keys[40], .of(.string)))
        #expect(violations(of: .integer(1), against: .reference(keys[0]), registry: registry, at: "/a") == [
            violation("/a", "complexity", "the value is too complex to check within Mimic's limits (100100 schema checks)"),
        ])
    }
}

extension Schema {
    /// A schema without a type, adjusted by `configure`.
    fileprivate init(_ configure: (inout Schema) -> Void) {
        self.init()
        configure(&self)
    }
}
