import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

/// Contracts that crashed the server or took it seconds and gigabytes per response (issue 9), at small scale: the
/// generator answers them at once, with pinned values at its limits, and names the keywords that ask too much.
@Suite struct GenerationLimitsTests {
    private let plain = DataGenerator(schemas: SchemaRegistry())
    private let scope = GenerationScope(resource: "limits", identity: "")

    private func value(_ schema: Schema) -> JSONValue {
        plain.value(for: schema, in: scope)
    }

    // MARK: Numbers

    @Test func anIntegerBetweenZeroAndZeroInStepsOf1e19IsZero() {
        #expect(value(.of(.integer) { $0.minimum = NumericBound(0); $0.maximum = NumericBound(0); $0.multipleOf = 1e19 }) == .integer(0))
    }

    @Test func integerKeywordsBeyondTheIntegersGivePinnedValues() {
        let cases: [(Schema, JSONValue)] = [
            // No multiple of 1e19 from 1 to the limit: the lowest integer of the usual range.
            (.of(.integer) { $0.minimum = NumericBound(1); $0.multipleOf = 1e19 }, .integer(1)),
            (.of(.integer) { $0.multipleOf = .infinity }, .integer(0)),
            (.of(.integer) { $0.minimum = NumericBound(1e308) }, .integer(IntegerBounds.limit)),
            (.of(.integer) { $0.maximum = NumericBound(-.infinity) }, .integer(-IntegerBounds.limit)),
            (.of(.integer, format: "int32") { $0.minimum = NumericBound(1e10) }, .integer(Int(Int32.max))),
            // No integer between exclusive bounds 5 and 6: the lower bound, moved up.
            (.of(.integer) { $0.minimum = NumericBound(5, exclusive: true); $0.maximum = NumericBound(6, exclusive: true) }, .integer(6)),
            // NaN bounds are no bounds, as for the validator.
            (.of(.integer) { $0.minimum = NumericBound(.nan); $0.maximum = NumericBound(.nan) }, .integer(780)),
        ]
        #expect(cases.map { value($0.0) } == cases.map(\.1))
    }

    @Test func numberKeywordsBeyondTheDoublesGiveFinitePinnedValues() {
        let cases: [(Schema, JSONValue)] = [
            (.of(.number) { $0.minimum = NumericBound(.infinity) }, .number(.greatestFiniteMagnitude)),
            (.of(.number) { $0.minimum = NumericBound(1e307) }, .number(1e307)),
            (.of(.number) { $0.maximum = NumericBound(.nan) }, .number(366)),
            // Multiples too fine to draw: any number of the usual range, which the validator takes as a multiple.
            (.of(.number) { $0.multipleOf = 1e-300 }, .number(366)),
            // The usual range (1001…2001) holds no multiple of 5000: the nearest above it.
            (.of(.number) { $0.minimum = NumericBound(1001); $0.multipleOf = 5000 }, .number(5000)),
            // No multiple of 10 from 1 to 9: a number of the usual range.
            (.of(.number) { $0.minimum = NumericBound(1); $0.maximum = NumericBound(9); $0.multipleOf = 10 }, .number(3.93)),
        ]
        #expect(cases.map { value($0.0) } == cases.map(\.1))
    }

    // MARK: Sizes

    @Test func aMinLengthOfOneBillionGivesAStringOfTheLimit() {
        #expect(value(.of(.string) { $0.minLength = 1_000_000_000 }).scalarText?.count == GenerationLimits.stringLength)
    }

    @Test func aMinItemsOfThreeHundredMillionGivesTheLimitOfItems() {
        #expect(value(.array(of: .of(.integer)) { $0.minItems = 300_000_000 }).arrayCount == GenerationLimits.arrayItems)
    }

    @Test func aRequestForABillionItemsOnAPageBeyondTheOffsetLimitGivesTheLimitOfItemsFromThatOffset() {
        let entities = Schema.array(of: .of(.object) { $0.properties = [SchemaProperty(name: "id", schema: .of(.integer))] })
        let request = GenerationRequest(itemCount: Int.max, page: Int.max, firstItem: Int.max)
        #expect(request.itemCount == GenerationRequest.largestNumber && request.page == GenerationRequest.largestNumber)
        let listed = plain.value(for: entities, in: scope, request: request)
        let identities = plain.identities(of: "limits", count: GenerationLimits.arrayItems, from: GenerationLimits.listOffset)
        #expect(listed.arrayElements?.compactMap { $0["id"]?.scalarText } == identities)
        #expect(plain.identities(of: "limits", count: 3, from: 2) == Array(plain.identities(of: "limits", count: 5).suffix(3)))
    }

    @Test func aMinPropertiesOfOneHundredMillionGivesTheLimitOfMembers() {
        let map = Schema.of(.object) { $0.additionalProperties = .schema(.of(.boolean)); $0.minProperties = 100_000_000 }
        #expect(value(map).memberKeys == ["key"] + (2...GenerationLimits.objectProperties).map { "key\($0)" })
    }

    @Test func nestedLargeArraysStopAtTheValueSize() {
        let strings = Schema.array(of: .of(.string) { $0.minLength = GenerationLimits.stringLength }) { $0.minItems = 100 }
        let value = value(.array(of: strings) { $0.minItems = 100 })
        // 64 strings of 4,096 characters reach 256 KiB: the inner array stops there, and the outer one after it.
        guard case .array(let outer) = value else {
            Issue.record("\(value) is not an array")
            return
        }
        #expect(outer.map(\.arrayCount) == [64])
        #expect(value.serialized().utf8.count == 262_339)
    }

    @Test func aPatternOfNestedQuantifiersStopsAtTheLimit() {
        let text = value(.of(.string) { $0.pattern = "^((a{1000}){1000}){1000}$" }).scalarText
        // 4,096 steps: 4 for the groups and quantifiers around the first `a{1000}`, 2 more before each next one.
        #expect(text == String(repeating: "a", count: 4082))
    }

    @Test func aPatternNestedDeeperThanTheLimitIsNotSampled() {
        let nested = { (depth: Int) in "^" + String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth) + "$" }
        #expect(PatternSampler(pattern: nested(GenerationLimits.depth)) != nil)
        #expect(PatternSampler(pattern: nested(GenerationLimits.depth + 1)) == nil)
        // 20,000 groups took the parser as deep into the stack, and crashed it; now candidates are tried instead.
        #expect(value(.of(.string) { $0.pattern = nested(20_000) }) == .string("meadow falcon"))
    }

    @Test func aSchemaThatIsItsOwnAlternativeEnds() {
        let key = "api.yaml#/components/schemas/Self"
        var itself = Schema()
        itself.oneOf = [.reference(key)]
        #expect(DataGenerator(schemas: .with([(key, itself)])).value(for: .reference(key), in: scope) == .string("meadow falcon"))
    }

    // MARK: Lint

    @Test func excessesNameEachKeywordThatAsksForMoreThanIsGenerated() {
        let schemas: [Schema] = [
            .of(.string) { $0.minLength = 1_000_000_000 },
            .array(of: .of(.integer)) { $0.minItems = 300_000_000 },
            .of(.object) { $0.minProperties = 100_000_000 },
            .of(.integer) { $0.minimum = NumericBound(1); $0.maximum = NumericBound(9); $0.multipleOf = 10 },
            .of(.integer) { $0.minimum = NumericBound(1); $0.multipleOf = 1e19 },
            .of(.number) { $0.minimum = NumericBound(1); $0.maximum = NumericBound(9, exclusive: true); $0.multipleOf = 10 },
        ]
        #expect(schemas.flatMap(GenerationLimits.excesses(of:)) == [
            SchemaExcess(keyword: "minLength", code: "schema.excessive-size", message: "minLength 1000000000 is more than Mimic generates; generated strings stop at 4096 characters"),
            SchemaExcess(keyword: "minItems", code: "schema.excessive-size", message: "minItems 300000000 is more than Mimic generates; generated arrays stop at 100 items"),
            SchemaExcess(keyword: "minProperties", code: "schema.excessive-size", message: "minProperties 100000000 is more than Mimic generates; generated objects stop at 100 properties"),
            SchemaExcess(keyword: "multipleOf", code: "schema.no-multiple-in-range", message: "multipleOf 10 has no multiple Mimic can generate from 1 to 9; generated values break it"),
            SchemaExcess(keyword: "multipleOf", code: "schema.no-multiple-in-range", message: "multipleOf 1e+19 has no multiple Mimic can generate from 1 to 4.6e+18; generated values break it"),
            SchemaExcess(keyword: "multipleOf", code: "schema.no-multiple-in-range", message: "multipleOf 10 has no multiple Mimic can generate from 1 to 9; generated values break it"),
        ])
    }

    @Test func keywordsAtTheLimitsOrWithAReachableMultipleAreNotExcesses() {
        let schemas: [Schema] = [
            .of(.string) { $0.minLength = GenerationLimits.stringLength },
            .array(of: .of(.integer)) { $0.minItems = GenerationLimits.arrayItems },
            .of(.object) { $0.minProperties = GenerationLimits.objectProperties },
            .of(.integer) { $0.minimum = NumericBound(0); $0.maximum = NumericBound(0); $0.multipleOf = 1e19 },
            .of(.integer) { $0.maximum = NumericBound(-1); $0.multipleOf = 5000 },
            .of(.number) { $0.minimum = NumericBound(1); $0.maximum = NumericBound(10); $0.multipleOf = 10 },
            .of(.number) { $0.minimum = NumericBound(0.1); $0.maximum = NumericBound(0.2); $0.multipleOf = 1e-300 },
            .of(.integer) { $0.minLength = 1_000_000_000 },
        ]
        #expect(schemas.flatMap(GenerationLimits.excesses(of:)) == [])
    }
}
