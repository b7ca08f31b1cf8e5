import MimicContracts
import Testing

@Suite struct JSONTextParsingTests {
    @Test func anyJSONValueIsReadAtTheTopLevel() throws {
        #expect(try JSONValue(parsingJSONText: Array(#" {"a":[1,2.5,null]} "#.utf8)) == .object([JSONMember("a", .array([.integer(1), .number(2.5), .null]))]))
        #expect(try JSONValue(parsingJSONText: Array(#""text""#.utf8)) == .string("text"))
        #expect(try JSONValue(parsingJSONText: Array("\n-7".utf8)) == .integer(-7))
    }

    @Test func aFaultNamesItsByteOffsetLineAndColumn() {
        #expect(throws: JSONTextError(kind: .syntax, message: "expected a JSON value (object, array, string, number, true, false or null), found '}'", offset: 4, line: 1, column: 5)) {
            try JSONValue(parsingJSONText: Array("[1, }".utf8))
        }
        #expect(throws: JSONTextError(kind: .syntax, message: "expected a JSON value (object, array, string, number, true, false or null), found 'y'; strings must be in double quotes", offset: 0, line: 1, column: 1)) {
            try JSONValue(parsingJSONText: Array("yes".utf8))
        }
    }

    @Test func aLongOneLineDocumentKeepsItsColumns() throws {
        let text = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + ",x]"
        #expect(throws: JSONTextError(kind: .syntax, message: "expected a JSON value (object, array, string, number, true, false or null), found 'x'; strings must be in double quotes", offset: 400_001, line: 1, column: 400_002)) {
            try JSONValue(parsingJSONText: Array(text.utf8))
        }
    }

    @Test func nestingBeyondTheLimitIsATypedFault() {
        let text = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONTextError(kind: .tooDeep(maximumDepth: 512), message: "JSON arrays and objects are nested more than 512 levels deep; flatten the document", offset: 512, line: 1, column: 513)) {
            try JSONValue(parsingJSONText: Array(text.utf8))
        }
    }
}
