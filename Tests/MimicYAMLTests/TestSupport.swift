import Testing
@testable import MimicYAML

/// Parses YAML text through the public entry point.
func parse(_ text: String) throws(YAMLError) -> [YAMLNode] {
    try YAML.parseStream(Array(text.utf8))
}

/// Parses a single-document YAML text and returns its root.
func parseOne(_ text: String) throws(YAMLError) -> YAMLNode {
    let documents = try parse(text)
    guard documents.count == 1 else {
        Issue.record("expected one document, got \(documents.count)")
        return YAMLNode(.scalar(YAMLScalar("", kind: .null)), at: SourceLocation(line: 0, column: 0, offset: 0))
    }
    return documents[0]
}

/// The compact JSON text of the single document of `text`.
func json(_ text: String) throws(YAMLError) -> String {
    YAMLJSONWriter(style: .compact).write(try parseOne(text))
}

/// The error `text` fails with, or nil when it parses.
func parseError(_ text: String) -> YAMLError? {
    parseError(bytes: Array(text.utf8))
}

/// The error of reading `text` as strict JSON (``YAML/parseJSON(_:)``), or nil when it is JSON.
func jsonError(_ text: String) -> YAMLError? {
    do {
        _ = try YAML.parseJSON(Array(text.utf8))
        return nil
    } catch {
        return error
    }
}

func parseError(bytes: [UInt8]) -> YAMLError? {
    do {
        _ = try YAML.parseStream(bytes)
        return nil
    } catch {
        return error
    }
}

/// A `YAMLError` built from its parts, for whole-value comparisons.
func yamlError(_ code: String, _ message: String, line: Int, column: Int, offset: Int) -> YAMLError {
    YAMLError(code: code, message: message, location: SourceLocation(line: line, column: column, offset: offset))
}
