import Foundation
import MimicTestSupport
import Testing
@testable import MimicYAML

private let openAPI = WorkspaceFile.corpus("openapi")
private let mergeKeys = WorkspaceFile.corpus("yaml-merge-keys")
private let openAPIRoot = openAPI.url
private let mergeKeyRoot = mergeKeys.url

/// The error `bytes` fail to parse with, or nil when they parse.
private func parseError(bytes: [UInt8]) -> YAMLError? {
    do {
        _ = try YAML.parseStream(bytes)
        return nil
    } catch {
        return error
    }
}

/// Real documents from the shared corpus: API descriptions (YAML and JSON, up to several MB) and
/// js-yaml's merge-key samples.
@Suite struct CorpusDocumentTests {
    @Test(.requires(openAPI))
    func everyAPIDocumentOfTheCorpusParsesToAMapping() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: openAPIRoot.path).sorted()
            .filter { [".yaml", ".yml", ".json", ".md"].contains(where: $0.hasSuffix) }
        #expect(names.count >= 50)
        for name in names {
            let bytes = Array(try Data(contentsOf: openAPIRoot.appendingPathComponent(name)))
            let started = Date()
            let document = try YAML.parseFirstDocument(bytes)
            if bytes.count > 1_000_000 {
                print("\(name): \(bytes.count) bytes parsed in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
            }
            #expect(document?.mapping != nil, "\(name) did not parse to a mapping")
        }
    }

    @Test(.requires(mergeKeys))
    func mergeKeySamplesGiveTheExpectedValuesOrErrors() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: mergeKeyRoot.path).sorted()
        #expect(cases.count == 6)
        for name in cases {
            let dir = mergeKeyRoot.appendingPathComponent(name)
            let input = Array(try Data(contentsOf: dir.appendingPathComponent("in.yaml")))
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("error").path) {
                #expect(parseError(bytes: input) != nil, "\(name) should be rejected")
                continue
            }
            let expected = try JSONTestValues.parseConcatenated(try Data(contentsOf: dir.appendingPathComponent("in.json")))
            let node = try #require(try YAML.parseFirstDocument(input))
            let actual = try JSONSerialization.jsonObject(with: Data(YAMLJSONWriter().write(node).utf8))
            #expect(expected.count == 1 && JSONTestValues.equal(expected[0], actual), "\(name) differs")
        }
    }
}
