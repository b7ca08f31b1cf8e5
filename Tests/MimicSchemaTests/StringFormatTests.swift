import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

/// The contract of ``StringFormat``, the one table of string formats: the names validation and generation read,
/// the formats validation checks, and that every value generated in a checked format passes its check.
@Suite struct StringFormatTests {
    private let scope = GenerationScope(resource: "backups", identity: "42")

    private func sample(_ format: StringFormat, seed: UInt64) -> String? {
        var random = SeededRandom(seed: seed)
        return format.sample(in: scope, random: &random)
    }

    // MARK: Names

    @Test func validationReadsOnlyTheExactName() {
        #expect(StringFormat.allCases.allSatisfy { StringFormat(rawValue: $0.rawValue) == $0 })
        #expect(StringFormat.allCases.allSatisfy { StringFormat(rawValue: $0.rawValue.uppercased()) == nil })
        #expect(StringFormat.aliases.keys.allSatisfy { StringFormat(rawValue: $0) == nil })
    }

    @Test func generationReadsAnyCaseAndTheAliases() {
        #expect(StringFormat.allCases.allSatisfy { StringFormat(lenientName: $0.rawValue.uppercased()) == $0 })
        #expect(StringFormat.aliases.mapValues(\.rawValue) == [
            "guid": "uuid", "idn-email": "email", "idn-hostname": "hostname",
            "url": "uri", "iri": "uri", "iri-reference": "uri-reference",
        ])
        #expect(StringFormat.aliases.allSatisfy { StringFormat(lenientName: $0.key.uppercased()) == $0.value })
        #expect(StringFormat(lenientName: "Date-Time") == .dateTime)
        #expect(["x-custom", "uri-template", "", " date"].allSatisfy { StringFormat(lenientName: $0) == nil })
    }

    // MARK: Checking and generating

    @Test func theCheckedFormatsAreGeneratedButRegex() {
        let checked = StringFormat.allCases.filter { $0.phrase != nil }
        #expect(checked.map(\.rawValue) == [
            "date", "date-time", "time", "uuid", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "byte", "regex",
        ])
        #expect(StringFormat.allCases.filter { sample($0, seed: 1) == nil } == [.regex])
    }

    @Test func uncheckedFormatsAdmitAnyString() {
        for format in StringFormat.allCases where format.phrase == nil {
            #expect(["anything at all", ""].allSatisfy { format.admits($0, patterns: .shared) }, "\(format)")
        }
    }

    @Test(arguments: StringFormat.allCases.filter { $0 != .regex })
    func everyGeneratedValuePassesItsCheck(format: StringFormat) throws {
        for seed: UInt64 in 0..<50 {
            let text = try #require(sample(format, seed: seed))
            #expect(format.admits(text, patterns: .shared), "\(format): \(text)")
        }
    }

    @Test func samplesAreDeterministic() {
        let samples = Dictionary(uniqueKeysWithValues: StringFormat.allCases.map { ($0.rawValue, sample($0, seed: 7)) })
        #expect(samples == [
            "date": "2021-02-04", "date-time": "2021-02-04T02:41:27Z", "time": "02:41:27Z", "duration": "P28DT18H",
            "uuid": "63cbe1e4-5932-4dd7-844c-3cd7f43c661c", "email": "priya.smith@example.com", "hostname": "cedar.example.com",
            "ipv4": "192.0.2.74", "ipv6": "2001:db8::acba",
            "uri": "https://example.com/backups/42", "uri-reference": "https://example.com/backups/42",
            "byte": "XcCLaR2+hprsOwm4", "binary": "zJ7FAaKZcYDr4bFz", "password": "zJ7FAaKZcYDr", "regex": nil,
            "int32": "488", "int64": "488", "float": "74487.34", "double": "74487.34", "decimal": "74487.34",
        ])
    }
}
