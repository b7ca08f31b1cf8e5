import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

@Suite struct DataGeneratorTests {
    private let plain = DataGenerator(schemas: SchemaRegistry())
    private let scope = GenerationScope(resource: "backups", identity: "42")

    private func values(_ schema: Schema, count: Int = 40, generator: DataGenerator? = nil) -> [JSONValue] {
        (0..<count).map { (generator ?? plain).value(for: schema, in: GenerationScope(resource: "things", identity: String($0))) }
    }

    private func conforms(_ value: JSONValue, to schema: Schema, in registry: SchemaRegistry = SchemaRegistry()) -> [String] {
        SchemaValidator(schemas: registry).violations(of: value, against: schema, direction: .response).map { "\($0.pointer): \($0.message)" }
    }

    // MARK: Determinism

    @Test func theSameSeedAndScopeGiveTheSameValue() {
        let schema = Schema.object([("name", .of(.string)), ("size", .of(.integer)), ("created", .of(.string, format: "date-time"))])
        let first = DataGenerator(seed: 7, schemas: SchemaRegistry()).value(for: schema, in: scope)
        let second = DataGenerator(seed: 7, schemas: SchemaRegistry()).value(for: schema, in: scope)
        #expect(first == second)
    }

    @Test func anotherSeedOrScopeGivesAnotherValue() {
        let schema = Schema.object([("name", .of(.string)), ("size", .of(.integer)), ("token", .of(.string, format: "uuid"))])
        let value = plain.value(for: schema, in: scope)
        #expect(DataGenerator(seed: 2, schemas: SchemaRegistry()).value(for: schema, in: scope) != value)
        #expect(plain.value(for: schema, in: GenerationScope(resource: "backups", identity: "43")) != value)
        #expect(plain.value(for: schema, in: GenerationScope(resource: "restores", identity: "42")) != value)
    }

    @Test func addingAPropertyLeavesTheOthersUnchanged() {
        let before = Schema.object([("name", .of(.string)), ("size", .of(.integer))])
        let after = Schema.object([("name", .of(.string)), ("added", .of(.number)), ("size", .of(.integer))])
        let old = plain.value(for: before, in: scope), new = plain.value(for: after, in: scope)
        #expect(old["name"] == new["name"])
        #expect(old["size"] == new["size"])
    }

    @Test func valuesArePinnedForTheDefaultSeed() {
        let schema = Schema.object([
            ("id", .of(.integer)), ("name", .of(.string)), ("created_at", .of(.string, format: "date-time")),
            ("guid", .of(.string, format: "uuid")), ("ratio", .of(.number)), ("enabled", .of(.boolean)),
        ])
        #expect(plain.value(for: schema, in: scope).serialized() == """
            {"id":42,"name":"Archived Backup 85","created_at":"2022-08-20T05:07:01Z",\
            "guid":"aaca6455-76d2-4272-b442-673e79e541ed","ratio":41.27,"enabled":false}
            """)
    }

    // MARK: Formats

    @Test(arguments: ["date-time", "date", "time", "uuid", "email", "uri", "url", "hostname", "ipv4", "ipv6", "byte"])
    func everyFormatGivesAValidValue(format: String) {
        for value in values(.of(.string, format: format)) {
            guard case .string(let text) = value else {
                Issue.record("\(format): \(value) is not a string")
                continue
            }
            #expect(SchemaValidator(schemas: SchemaRegistry()).violations(of: value, against: .of(.string, format: format)).isEmpty, "\(format): \(text)")
        }
    }

    @Test func dateTimesFallBetween2020And2026() throws {
        let formatter = ISO8601DateFormatter()
        for value in values(.of(.string, format: "date-time"), count: 200) {
            let date = try #require(value.scalarText.flatMap(formatter.date(from:)))
            #expect(date >= formatter.date(from: "2020-01-01T00:00:00Z")! && date < formatter.date(from: "2026-01-01T00:00:00Z")!)
        }
    }

    @Test func uuidsAreVersion4() {
        for case .string(let text) in values(.of(.string, format: "uuid")) {
            let characters = Array(text)
            #expect(characters[14] == "4" && "89ab".contains(characters[19]), "\(text)")
        }
    }

    @Test func otherFormatsGiveValuesOfTheirShape() {
        #expect(values(.of(.string, format: "password")).allSatisfy { $0.scalarText?.count == 12 })
        #expect(values(.of(.string, format: "binary")).allSatisfy { $0.scalarText?.isEmpty == false })
        #expect(values(.of(.integer, format: "int32")).allSatisfy { if case .integer = $0 { true } else { false } })
        #expect(values(.of(.number, format: "double")).allSatisfy { if case .number = $0 { true } else { false } })
        #expect(values(Schema(format: "int64")).allSatisfy { if case .integer = $0 { true } else { false } })
    }

    // MARK: Bounds

    @Test func integersStayWithinInclusiveAndExclusiveBounds() {
        let inclusive = Schema.of(.integer) { $0.minimum = NumericBound(5); $0.maximum = NumericBound(7) }
        #expect(Set(values(inclusive, count: 100)) == [.integer(5), .integer(6), .integer(7)])
        let exclusive = Schema.of(.integer) { $0.minimum = NumericBound(5, exclusive: true); $0.maximum = NumericBound(7, exclusive: true) }
        #expect(Set(values(exclusive)) == [.integer(6)])
        let far = Schema.of(.integer) { $0.minimum = NumericBound(1_000_000) }
        #expect(values(far).allSatisfy { conforms($0, to: far).isEmpty })
        let negative = Schema.of(.integer, format: "int32") { $0.maximum = NumericBound(-10) }
        #expect(values(negative).allSatisfy { conforms($0, to: negative).isEmpty })
    }

    @Test func integersAndNumbersHonourMultipleOf() {
        let integers = Schema.of(.integer) { $0.multipleOf = 5; $0.minimum = NumericBound(11); $0.maximum = NumericBound(40) }
        #expect(values(integers).allSatisfy { conforms($0, to: integers).isEmpty })
        let numbers = Schema.of(.number) { $0.multipleOf = 0.1; $0.minimum = NumericBound(0, exclusive: true); $0.maximum = NumericBound(1) }
        #expect(values(numbers).allSatisfy { conforms($0, to: numbers).isEmpty })
        #expect(values(numbers).allSatisfy { $0.serialized().count <= 4 })
    }

    @Test func numbersStayWithinExclusiveBounds() {
        let narrow = Schema.of(.number) { $0.minimum = NumericBound(0, exclusive: true); $0.maximum = NumericBound(0.001, exclusive: true) }
        #expect(values(narrow).allSatisfy { conforms($0, to: narrow).isEmpty })
        let wide = Schema.of(.number) { $0.minimum = NumericBound(-5.5) }
        #expect(values(wide).allSatisfy { conforms($0, to: wide).isEmpty })
    }

    @Test func stringsAreFittedToTheirLengths() {
        let long = Schema.of(.string) { $0.minLength = 30 }
        let short = Schema.of(.string) { $0.maxLength = 3 }
        let exact = Schema.of(.string) { $0.minLength = 8; $0.maxLength = 8 }
        for schema in [long, short, exact] {
            #expect(values(schema).allSatisfy { conforms($0, to: schema).isEmpty })
        }
    }

    @Test func arraysHaveTwoItemsWithinTheirLimits() {
        #expect(plain.value(for: .array(of: .of(.integer)), in: scope).arrayCount == 2)
        #expect(plain.value(for: .array(of: .of(.integer)) { $0.minItems = 5 }, in: scope).arrayCount == 5)
        #expect(plain.value(for: .array(of: .of(.integer)) { $0.maxItems = 1 }, in: scope).arrayCount == 1)
        #expect(plain.value(for: .array(of: .of(.integer)) { $0.maxItems = 0 }, in: scope).arrayCount == 0)
    }

    @Test func arraysHoldAsManyItemsMatchingContainsAsMinContainsAsks() {
        let statuses = Schema.of(.string) { $0.enumValues = ["placed", "approved", "delivered"].map(JSONValue.string) }
        let orders = Schema.array(of: .of(.string)) { $0.contains = statuses; $0.minContains = 3 }
        #expect(values(orders).allSatisfy { $0.arrayCount == 3 && conforms($0, to: orders).isEmpty })
        let anyOrder = Schema.array(of: .of(.string)) { $0.contains = statuses }
        #expect(values(anyOrder).allSatisfy { conforms($0, to: anyOrder).isEmpty })
    }

    @Test func uniqueItemsAreDistinct() {
        let flags = Schema.array(of: .of(.boolean)) { $0.uniqueItems = true; $0.minItems = 2 }
        #expect(values(flags).allSatisfy { conforms($0, to: flags).isEmpty })
    }

    // MARK: Enum, const, examples

    @Test func enumsAndConstsGiveDeclaredValues() {
        let colours: [JSONValue] = [.string("red"), .string("green"), .string("blue")]
        let schema = Schema.of(.string) { $0.enumValues = colours + [.null] }
        #expect(Set(values(schema)) == Set(colours))
        #expect(values(.of(.integer) { $0.constValue = .integer(3) }).allSatisfy { $0 == .integer(3) })
    }

    @Test func examplesAndScalarDefaultsArePreferred() {
        #expect(plain.value(for: .of(.string) { $0.examples = [.string("Fido")] }, in: scope) == .string("Fido"))
        #expect(plain.value(for: .of(.integer) { $0.defaultValue = .integer(30) }, in: scope) == .integer(30))
        #expect(plain.value(for: .of(.integer) { $0.examples = [.string("thirty")] }, in: scope) != .string("thirty"))
    }

    // MARK: Objects

    @Test func objectsShowEveryPropertyInOrderButWriteOnlyOnes() {
        let schema = Schema.object(
            [("b", .of(.string)), ("a", .of(.integer)), ("password", .of(.string) { $0.writeOnly = true }), ("c", .of(.boolean) { $0.readOnly = true })],
            required: ["a"])
        #expect(plain.value(for: schema, in: scope).memberKeys == ["b", "a", "c"])
    }

    @Test func theEntityIdIsItsIdentity() {
        let schema = Schema.object([("id", .of(.integer)), ("parent", .object([("id", .of(.integer))]))])
        let value = plain.value(for: schema, in: scope)
        #expect(value["id"] == .integer(42))
        #expect(value["parent"]?["id"] != .integer(42))
        #expect(plain.value(for: .object([("id", .of(.string))]), in: scope)["id"] == .string("42"))
        let uuid = GenerationScope(resource: "backups", identity: "2f1c9a4e-3b7d-4c2a-9e1f-0a1b2c3d4e5f")
        #expect(plain.value(for: .object([("id", .of(.string, format: "uuid"))]), in: uuid)["id"] == .string(uuid.identity))
        #expect(plain.value(for: .object([("id", .of(.string, format: "uuid"))]), in: scope)["id"] != .string("42"))
    }

    @Test func additionalPropertiesGiveOneEntryWhenNoPropertyIsNamed() {
        let map = Schema.of(.object) { $0.additionalProperties = .schema(.of(.integer)) }
        #expect(plain.value(for: map, in: scope).memberKeys == ["key"])
        #expect(plain.value(for: .of(.object), in: scope) == .object([]))
        let required = Schema.of(.object) { $0.required = ["owner_email"] }
        #expect(plain.value(for: required, in: scope).memberKeys == ["owner_email"])
    }

    @Test func nullableValuesAreNeverNull() {
        let schemas: [Schema] = [
            .of(.string) { $0.nullable = true; $0.types.append(.null) },
            Schema(types: [.null, .integer]),
            .object([("a", .of(.string))]) { $0.nullable = true },
        ]
        for schema in schemas {
            #expect(values(schema).allSatisfy { $0 != .null })
        }
        #expect(plain.value(for: Schema(types: [.null]), in: scope) == .null)
    }

    @Test func untypedSchemasFollowTheirKeywords() {
        #expect(plain.value(for: Schema(), in: scope).scalarText != nil)
        var withProperties = Schema()
        withProperties.properties = [SchemaProperty(name: "a", schema: .of(.boolean))]
        #expect(plain.value(for: withProperties, in: scope).memberKeys == ["a"])
        var withItems = Schema()
        withItems.items = .of(.integer)
        #expect(plain.value(for: withItems, in: scope).arrayCount == 2)
    }
}

extension JSONValue {
    /// The keys of an object, in order; empty for anything else.
    var memberKeys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    /// The number of elements of an array; nil for anything else.
    var arrayCount: Int? {
        guard case .array(let elements) = self else { return nil }
        return elements.count
    }
}
