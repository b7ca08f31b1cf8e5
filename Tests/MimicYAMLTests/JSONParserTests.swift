import Testing
@testable import MimicYAML

@Suite struct JSONParserTests {
    @Test func jsonValuesBecomeTheSameNodesAsYAML() throws {
        let node = try parseOne(#"{"s": "x", "i": -12, "f": 1.5e3, "z": 0.0, "t": true, "n": null, "a": [1, {}], "o": {"k": []}}"#)
        #expect(node["s"]?.scalar == YAMLScalar("x", kind: .string))
        #expect(node["i"]?.scalar == YAMLScalar("-12", kind: .integer))
        #expect(node["f"]?.scalar == YAMLScalar("1.5e3", kind: .float))
        #expect(node["z"]?.scalar == YAMLScalar("0.0", kind: .float))
        #expect(node["t"]?.scalar == YAMLScalar("true", kind: .bool))
        #expect(node["n"]?.scalar == YAMLScalar("null", kind: .null))
        #expect(node["a"]?.sequence?.count == 2)
        #expect(node["o"]?["k"]?.sequence?.isEmpty == true)
    }

    @Test func jsonStringsDecodeEscapesAndSurrogatePairs() throws {
        let node = try parseOne(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\ud83d\ude00", "é raw"]"#)
        #expect(node.sequence?.map(\.string) == ["a\"b\\c/d\u{8}\u{C}\n\r\t", "é😀", "é raw"])
    }

    @Test func jsonNodesCarryTheirLocations() throws {
        let node = try parseOne("{\n  \"ü\": [1,\n    \"x\"]\n}")
        #expect(node.location == SourceLocation(line: 1, column: 1, offset: 0))
        let pair = try #require(node.mapping?.first)
        #expect(pair.key.location == SourceLocation(line: 2, column: 3, offset: 4))
        #expect(pair.value.location == SourceLocation(line: 2, column: 8, offset: 10))
        #expect(pair.value.sequence?[1].location == SourceLocation(line: 3, column: 5, offset: 18))
    }

    @Test func jsonIsSniffedAfterAByteOrderMarkAndWhitespace() throws {
        let node = try YAML.parseStream([0xEF, 0xBB, 0xBF] + Array(" \n {\"a\": 1}\n".utf8))
        #expect(node.first?["a"]?.integer == 1)
        #expect(node.first?.location == SourceLocation(line: 2, column: 2, offset: 6))
    }

    @Test func strictJSONReportsItsFirstFault() {
        #expect(jsonError("[a, b]") == yamlError(
            "json.syntax", "expected a JSON value (object, array, string, number, true, false or null), found 'a'; strings must be in double quotes",
            line: 1, column: 2, offset: 1))
        #expect(jsonError("{\"a\": 1,}") == yamlError(
            "json.syntax", "expected a string key in double quotes, found '}'", line: 1, column: 9, offset: 8))
        #expect(jsonError("{\"a\" 1}") == yamlError(
            "json.syntax", "expected ':' after the object key, found '1'", line: 1, column: 6, offset: 5))
        #expect(jsonError("[1 2]") == yamlError(
            "json.syntax", "expected ',' or ']' after the array element, found '2'", line: 1, column: 4, offset: 3))
        #expect(jsonError("[1] x") == yamlError(
            "json.syntax", "expected the end of the input after the JSON value, found 'x'; a JSON file holds exactly one value",
            line: 1, column: 5, offset: 4))
    }

    @Test func malformedJSONNumbersAndEscapesAreRejected() {
        #expect(jsonError("[01]") == yamlError("json.syntax", "numbers in JSON cannot have leading zeros", line: 1, column: 3, offset: 2))
        #expect(jsonError("[1.]") == yamlError("json.syntax", "expected a digit after the decimal point, found ']'", line: 1, column: 4, offset: 3))
        #expect(jsonError("[-]") == yamlError("json.syntax", "expected a digit after '-', found ']'", line: 1, column: 3, offset: 2))
        #expect(jsonError(#"["\x"]"#) == yamlError(
            "json.syntax", #"unknown escape in a JSON string; expected one of \" \\ \/ \b \f \n \r \t \uXXXX, found 'x'"#, line: 1, column: 3, offset: 2))
        #expect(jsonError(#"["\ud800"]"#) == yamlError(
            "json.syntax", #"\u escape U+D800 is half of a surrogate pair; the low half must follow as another \u escape"#, line: 1, column: 3, offset: 2))
        #expect(jsonError("[\"a\tb\"]") == yamlError(
            "json.syntax", "control character U+0009 must be escaped inside a JSON string", line: 1, column: 4, offset: 3))
    }

    @Test func truncatedJSONNamesWhatIsNeverClosed() {
        #expect(jsonError("{\"a\": [1, 2") == yamlError(
            "json.unterminated", "JSON array opened here is never closed; add the missing ']'", line: 1, column: 7, offset: 6))
        #expect(jsonError("{\"a\": 1") == yamlError(
            "json.unterminated", "JSON object opened here is never closed; add the missing '}'", line: 1, column: 1, offset: 0))
        #expect(jsonError("[\"abc") == yamlError(
            "json.unterminated", "string opened here is never closed; add the closing '\"'", line: 1, column: 2, offset: 1))
        #expect(jsonError("[\"abc\n\"]") == yamlError(
            "json.unterminated", "string opened here is not closed before the end of the line; add the closing '\"' or write the line break as \\n",
            line: 1, column: 2, offset: 1))
    }

    @Test func aJSONLookingStreamThatIsNotJSONIsReadAsYAMLFlowAsPrismDoes() throws {
        let node = try parseOne("{\"a\": [1, 2,],\n \"b\": {\"c\": true,},}")
        #expect(node["a"]?.sequence?.map(\.integer) == [1, 2])
        #expect(node["b"]?["c"]?.scalar == YAMLScalar("true", kind: .bool))
    }

    @Test func aStreamThatIsNeitherJSONNorYAMLReportsTheJSONFault() {
        #expect(parseError("{\"a\": [1, 2}") == yamlError(
            "json.syntax", "expected ',' or ']' after the array element, found '}'", line: 1, column: 12, offset: 11))
    }

    @Test func jsonKeepsDuplicateKeysForTheLastOneToWin() throws {
        let node = try parseOne(#"{"a": 1, "a": 2}"#)
        #expect(node.mapping?.count == 2)
        #expect(node["a"]?.integer == 2)
    }
}
