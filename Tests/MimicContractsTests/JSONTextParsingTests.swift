import MimicContracts
import MimicYAML
import Testing

@Suite struct JSONTextParsingTests {
    @Test func anyJSONValueIsReadAtTheTopLevel() throws {
        #expect(try JSONValue(parsingJSONText: Array(#" {"a":[1,2.5,null]} "#.utf8)) == .object([JSONMember("a", .array([.integer(1), .number(2.5), .null]))]))
        #expect(try JSONValue(parsingJSONText: Array(#""text""#.utf8)) == .string("text"))
        #expect(try JSONValue(parsingJSONText: Array("\n-7".utf8)) == .integer(-7))
    }

    @Test func aFaultNamesItsByteOffsetLineAndColumn() {
        #expect(throws: YAMLError(code: "json.syntax", message: "expected a JSON value (object, array, string, number, true, false or null), found '}'", location: SourceLocation(line: 1, column: 5, offset: 4))) {
            try JSONValue(parsingJSONText: Array("[1, }".utf8))
        }
        #expect(throws: YAMLError(code: "json.syntax", message: "expected a JSON value (object, array, string, number, true, false or null), found 'y'; strings must be in double quotes", location: SourceLocation(line: 1, column: 1, offset: 0))) {
            try JSONValue(parsingJSONText: Array("yes".utf8))
        }
    }

    @Test func aLongOneLineDocumentKeepsItsColumns() throws {
        let text = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + ",x]"
        #expect(throws: YAMLError(code: "json.syntax", message: "expected a JSON value (object, array, string, number, true, false or null), found 'x'; strings must be in double quotes", location: SourceLocation(line: 1, column: 400_002, offset: 400_001))) {
            try JSONValue(parsingJSONText: Array(text.utf8))
        }
    }
}
