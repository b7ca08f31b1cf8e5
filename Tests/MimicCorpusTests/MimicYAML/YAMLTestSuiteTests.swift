import Foundation
import MimicTestSupport
import Testing
@testable import MimicYAML

private let suiteRoot = WorkspaceFile.corpus("yaml-test-suite").url

/// Every case of the YAML test suite (yaml/yaml-test-suite, data-2022-01-17), run through the YAML
/// parser. Error cases must be rejected; ok cases must parse, and when the suite gives their JSON
/// value, produce the same documents.
@Suite struct YAMLTestSuiteTests {
    /// The api_relevant cases that must pass (of 251); raise it when the parser gets better.
    static let apiRelevantFloor = 251

    private struct Case {
        var id: String
        var expectError: Bool
        var apiRelevant: Bool
    }

    @Test(.requires(.corpus("yaml-test-suite/INDEX.tsv")))
    func runsEveryCaseOfTheYAMLTestSuite() throws {
        let index = try String(contentsOf: suiteRoot.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
        let cases = index.split(separator: "\n").dropFirst().map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(id: columns[0], expectError: columns[1] == "error", apiRelevant: columns[3] == "yes")
        }
        var passed = 0
        var apiPassed = 0
        var publicPassed = 0
        var failures: [String] = []
        for testCase in cases {
            let (ok, why) = try run(testCase, throughJSONSniffing: false)
            if ok {
                passed += 1
                if testCase.apiRelevant { apiPassed += 1 }
            } else {
                failures.append("\(testCase.id)\(testCase.apiRelevant ? " [api]" : ""): \(why)")
            }
            if try run(testCase, throughJSONSniffing: true).0 { publicPassed += 1 }
        }
        let apiCount = cases.filter(\.apiRelevant).count
        print("yaml-test-suite: \(passed)/\(cases.count) cases pass (\(percent(passed, cases.count)))")
        print("yaml-test-suite api_relevant: \(apiPassed)/\(apiCount) cases pass (\(percent(apiPassed, apiCount)))")
        print("yaml-test-suite through YAML.parseStream (JSON sniffing on '{'/'['): \(publicPassed)/\(cases.count)")
        for failure in failures { print("yaml-test-suite failure: \(failure)") }
        #expect(apiPassed >= Self.apiRelevantFloor)
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.1f%%", Double(part) * 100 / Double(max(whole, 1)))
    }

    /// The directory of a case: `ID/` or, for `ID-NN`, `ID-NN/` (flat copy) or `ID/NN/`.
    private func directory(of id: String) -> URL {
        let flat = suiteRoot.appendingPathComponent(id)
        if FileManager.default.fileExists(atPath: flat.path) { return flat }
        let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
        return suiteRoot.appendingPathComponent(parts[0]).appendingPathComponent(parts.count > 1 ? parts[1] : "")
    }

    private func run(_ testCase: Case, throughJSONSniffing: Bool) throws -> (Bool, String) {
        let dir = directory(of: testCase.id)
        let input = Array(try Data(contentsOf: dir.appendingPathComponent("in.yaml")))
        let documents: [YAMLNode]
        do {
            documents = throughJSONSniffing
                ? try YAML.parseStream(input)
                : try input.withUnsafeBufferPointer { (buf) throws(YAMLError) in try YAML.parseYAMLStream(buf) }
        } catch {
            if testCase.expectError { return (true, "") }
            return (false, "rejected: \(error.code) at \(error.location.line):\(error.location.column): \(error.message)")
        }
        if testCase.expectError { return (false, "accepted, but the suite expects an error") }
        let jsonURL = dir.appendingPathComponent("in.json")
        guard let expectedData = FileManager.default.contents(atPath: jsonURL.path) else { return (true, "") }
        let expected = try JSONTestValues.parseConcatenated(expectedData)
        let actual = try documents.map { node in
            try JSONSerialization.jsonObject(with: Data(YAMLJSONWriter(style: .compact).write(node).utf8), options: .fragmentsAllowed)
        }
        let empty = expected.isEmpty && actual.count == 1 && documents[0].isNull
        guard empty || (expected.count == actual.count && zip(expected, actual).allSatisfy(JSONTestValues.equal)) else {
            let got = documents.map { YAMLJSONWriter(style: .compact).write($0) }.joined(separator: " ")
            return (false, "value differs: got \(got.prefix(300))")
        }
        return (true, "")
    }
}
