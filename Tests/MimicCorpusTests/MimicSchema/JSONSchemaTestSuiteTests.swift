import Foundation
import MimicContracts
import MimicSchema
import MimicTestSupport
import Testing

/// The validator measured against the JSON-Schema-Test-Suite's draft 4 cases (required, and `optional/` apart).
@Suite struct JSONSchemaTestSuiteTests {
    static let suite = WorkspaceFile.corpus("json-schema-test-suite").path

    /// Required cases passing: all 618 but 12, knowingly skipped:
    /// - 10 need `id` to set a base URI or name a schema (`ref.json`: sibling id, recursive references between
    ///   schemas, location-independent identifier ×2, id resolved against the nearest parent; `refRemote.json`:
    ///   base URI change ×3, root ref in remote ref, location-independent identifier): contracts address schemas
    ///   by file and JSON pointer, and Mimic does not index `id`s.
    /// - 2 need the draft-04 metaschema from json-schema.org (`definitions.json`, and `ref.json`'s "remote ref,
    ///   containing refs itself"), which is not in the corpus and which Mimic does not fetch.
    static let requiredFloor = 606
    /// Optional cases passing: all 319 but `id.json` (needs `id`) and `zeroTerminatedFloats.json` (Mimic takes
    /// 1.0 for an integer, as draft 6 and later do).
    static let optionalFloor = 317

    @Test(.requires(.corpus("json-schema-test-suite/draft4")))
    func draft4RequiredCasesPass() throws {
        let outcome = try Self.run(folder: Self.suite + "/draft4")
        print("draft4 required: \(outcome.passed)/\(outcome.total) passed")
        outcome.failures.forEach { print("  FAIL \($0)") }
        #expect(outcome.passed >= Self.requiredFloor)
    }

    @Test(.requires(.corpus("json-schema-test-suite/draft4")))
    func draft4OptionalCasesAreMeasured() throws {
        var outcome = try Self.run(folder: Self.suite + "/draft4/optional")
        let formats = try Self.run(folder: Self.suite + "/draft4/optional/format")
        outcome.passed += formats.passed
        outcome.total += formats.total
        outcome.failures += formats.failures
        print("draft4 optional: \(outcome.passed)/\(outcome.total) passed")
        outcome.failures.forEach { print("  FAIL \($0)") }
        #expect(outcome.passed >= Self.optionalFloor)
    }

    struct Outcome {
        var passed = 0
        var total = 0
        var failures: [String] = []
    }

    /// Runs every case of every `.json` file directly in `folder`, in name order.
    static func run(folder: String) throws -> Outcome {
        var outcome = Outcome()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: URL(filePath: folder + "/" + name)))
            guard case .array(let groups) = try JSONValue(parsingJSONText: bytes) else { continue }
            for group in groups {
                let schemaText = try #require(group["schema"]).serialized()
                let (schema, schemas, _) = SchemaDocument.load(
                    Array(schemaText.utf8), file: folder + "/" + name,
                    remoteFolders: [(prefix: "http://localhost:1234/", folder: suite + "/remotes")])
                let validator = SchemaValidator(schemas: schemas)
                guard case .array(let tests) = group["tests"] else { continue }
                for test in tests {
                    let data = try #require(test["data"])
                    let found = validator.violations(of: data, against: schema)
                    outcome.total += 1
                    if found.isEmpty == (test["valid"] == .bool(true)) {
                        outcome.passed += 1
                    } else {
                        let groupName = group["description"]?.scalarText ?? "", testName = test["description"]?.scalarText ?? ""
                        outcome.failures.append("\(name): \(groupName) / \(testName): \(found.map(\.message))")
                    }
                }
            }
        }
        return outcome
    }
}
