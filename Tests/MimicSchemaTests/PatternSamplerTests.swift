import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts
@testable import MimicSchema

@Suite struct PatternSamplerTests {
    private func matches(_ text: String, _ pattern: String) throws -> Bool {
        let expression = try NSRegularExpression(pattern: pattern)
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test(arguments: [
        "^[A-Z]{3}$", "^[a-f0-9]+$", #"\d{4}"#, #"^\d{3}-\d{2}-\d{4}$"#, "^(foo|bar)-[0-9]{1,3}$", "^[^@ ]+@[^@ ]+$",
        #"^[a-zA-Z0-9_\-\.]{1,64}$"#, "^(?:v[0-9]+)?$", #"^[\w.]+(?<host>[a-z]+)\.com$"#, "^a*b+c?d{2,}e{0,1}$",
        #"^\+?[1-9]\d{1,14}$"#, "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
        #"^[\u0041-\u005A]{2}$"#, "^x{2}y{1,}z$", "^[]a]+$", "^[a-]+$", "^.{5}$", #"^\S+\s\S+$"#,
    ])
    func samplesMatchTheirPattern(pattern: String) throws {
        let sampler = try #require(PatternSampler(pattern: pattern))
        var random = SeededRandom(seed: 3)
        for _ in 0..<20 {
            let text = sampler.sample(&random)
            #expect(try matches(text, pattern), "\(text) does not match \(pattern)")
        }
    }

    @Test(arguments: [#"^(?=.*\d).+$"#, #"\bword\b"#, #"^(a)\1$"#, "(?i)abc", "^[a-z", "^(a|b$", "a)", "+a", "^[z-a]$"])
    func syntaxOutsideTheSubsetIsRefused(pattern: String) {
        #expect(PatternSampler(pattern: pattern) == nil)
    }

    @Test func theCacheKeepsEachPatternsSampler() {
        let cache = PatternCache()
        var random = SeededRandom(seed: 3)
        #expect(cache.sampler("^(ab|ab)c{2}$")?.sample(&random) == "abcc")
        #expect(cache.sampler("^(ab|ab)c{2}$")?.sample(&random) == "abcc")
        #expect(cache.sampler(#"\bword\b"#) == nil)
    }

    @Test func aStringSchemaWithAnUnsupportedPatternFindsAMatchingCandidate() {
        let schema = Schema.of(.string) { $0.pattern = #"^(?=[a-z]+$).{3}$"# }
        let value = DataGenerator(schemas: SchemaRegistry()).value(for: schema, in: GenerationScope(resource: "a", identity: "1"))
        #expect(value == .string("abc"))
    }
}

/// A patterned string keeps its schema's `minLength` and `maxLength` too (EC2's `LaunchTemplateName`).
@Suite struct PatternedStringLengthTests {
    @Test func aPatternedStringIsDrawnAgainUntilItsLengthFits() throws {
        let schema = Schema.of(.string) { $0.pattern = #"[a-zA-Z0-9\(\)\.\-/_]+"#; $0.minLength = 3; $0.maxLength = 128 }
        let generator = DataGenerator(schemas: SchemaRegistry())
        let validator = SchemaValidator(schemas: SchemaRegistry())
        let values = (0..<200).map { generator.value(for: schema, in: GenerationScope(resource: "/templates", identity: String($0))) }
        #expect(values.flatMap { validator.violations(of: $0, against: schema) }.map(\.message) == [])
    }
}
