import MimicContracts
import Testing
@testable import MimicEngine

/// `text/csv` bodies without an example: RFC 4180 rows of the generated value.
@Suite struct CSVBodyTests {
    @Test func objectsAreAHeaderOfEveryNameThenARowEach() {
        let rows: JSONValue = .array([
            .object([JSONMember("id", .integer(1)), JSONMember("name", .string("Ada"))]),
            .object([JSONMember("id", .integer(2)), JSONMember("tags", .array([.string("a")])), JSONMember("note", .null)]),
        ])
        #expect(CSVBody.text(of: rows) == "id,name,tags,note\r\n1,Ada,,\r\n2,,\"[\"\"a\"\"]\",\r\n")
        #expect(CSVBody.text(of: .object([JSONMember("total", .number(1.5))])) == "total\r\n1.5\r\n")
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuotedAndOtherValuesAreLines() {
        #expect(CSVBody.text(of: .array([.string("a,b"), .string("say \"hi\""), .string("two\nlines"), .bool(true)]))
            == "\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\ntrue\r\n")
        #expect(CSVBody.text(of: .integer(7)) == "7")
    }

    @Test func aGeneratedCSVResponseIsRowsUnderItsDeclaredType() throws {
        let engine = try MockEngine(contract: """
            openapi: 3.0.3
            info: {title: Reports, version: '1'}
            paths:
              /report:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        text/csv:
                          schema: {type: array, minItems: 2, maxItems: 2, items: {type: object, properties: {count: {type: integer, minimum: 1, maximum: 1}}}}
            """)
        #expect(engine.respond("GET", "/report").response.rendered == "200\nContent-Type: text/csv\ncount\r\n1\r\n1\r\n")
    }
}
