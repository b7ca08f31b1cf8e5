import Testing
@testable import MimicContracts

@Suite struct JSONSerializationTests {
    private let value = JSONValue.object([
        JSONMember("text", .string("quote \" backslash \\ slash / tab \t line \n return \r bell \u{07} \u{08}\u{0C} \u{1F} é 😀")),
        JSONMember("numbers", .array([.integer(0), .integer(-42), .integer(Int.max), .integer(Int.min), .number(2.5), .number(-0.0), .number(1e15), .number(3e20), .number(.nan)])),
        JSONMember("flags", .array([.bool(true), .bool(false), .null])),
        JSONMember("empty", .object([])),
        JSONMember("none", .array([])),
        JSONMember("ké\"y", .object([JSONMember("n", .integer(7))])),
    ])

    @Test func aValueIsWrittenAsCompactJSONBytes() {
        let expected = #"""
            {"text":"quote \" backslash \\ slash / tab \t line \n return \r bell \u0007 \b\f \u001f é 😀",\#
            "numbers":[0,-42,9223372036854775807,-9223372036854775808,2.5,0.0,1000000000000000.0,3e+20,null],\#
            "flags":[true,false,null],"empty":{},"none":[],"ké\"y":{"n":7}}
            """#
        #expect(value.serializedBytes() == Array(expected.utf8))
        #expect(value.serialized() == expected)
    }

    @Test func aValueIsWrittenIndentedByTwoSpaces() {
        let nested = JSONValue.object([JSONMember("a", .array([.integer(1), .object([])])), JSONMember("b", .object([JSONMember("c", .null)]))])
        #expect(nested.serialized(pretty: true) == """
            {
              "a": [
                1,
                {}
              ],
              "b": {
                "c": null
              }
            }
            """)
    }

    @Test func bytesAreAppendedToWhatTheBufferHolds() {
        var output = Array("body=".utf8)
        JSONValue.array([.string("x")]).write(to: &output)
        #expect(output == Array(#"body=["x"]"#.utf8))
    }
}
