import MimicContracts
import MimicTestSupport
import Testing
@testable import MimicEngine
@testable import MimicSchema

@Suite struct ParameterDecoderTests {
    @Test(arguments: [
        ("42", Schema.of(.integer), ParameterDecoder.Outcome.value(.integer(42))),
        ("-9223372036854775808", .of(.integer, format: "int64"), .value(.integer(Int.min))),
        ("9223372036854775808", .of(.integer, format: "int64"), .mismatch(message: #"expected an integer (int64), found "9223372036854775808""#)),
        ("99999999999999999999", .of(.integer), .mismatch(message: #"expected an integer (int64), found "99999999999999999999""#)),
        ("1.5", .of(.integer, format: "int32"), .mismatch(message: #"expected an integer (int32), found "1.5""#)),
        ("0x10", .of(.integer), .mismatch(message: #"expected an integer (int64), found "0x10""#)),
        ("+1", .of(.integer), .mismatch(message: #"expected an integer (int64), found "+1""#)),
        ("1.5", .of(.number), .value(.number(1.5))),
        ("7", .of(.number), .value(.integer(7))),
        ("nan", .of(.number), .mismatch(message: #"expected a number, found "nan""#)),
        ("true", .of(.boolean), .value(.bool(true))),
        ("TRUE", .of(.boolean), .mismatch(message: #"expected a boolean (true or false), found "TRUE""#)),
        ("1", .of(.boolean), .mismatch(message: #"expected a boolean (true or false), found "1""#)),
        ("x", Schema(types: [.integer, .boolean, .null]), .mismatch(message: #"expected an integer (int64), a boolean (true or false) or null, found "x""#)),
        ("12", .of(.string), .value(.string("12"))),
        ("12", Schema(), .value(.string("12"))),
    ])
    func textReadsAsItsSchemaType(text: String, schema: Schema, expected: ParameterDecoder.Outcome) {
        #expect(ParameterDecoder.decode(text, as: schema) == expected)
    }

    @Test(arguments: [
        (ParameterStyle.form, true, ["a", "b,c"], ["a", "b,c"]),
        (.form, false, ["a,b", "c"], ["a", "b", "c"]),
        (.simple, false, ["a,,b"], ["a", "", "b"]),
        (.spaceDelimited, false, ["a b"], ["a", "b"]),
        (.tabDelimited, false, ["a\tb"], ["a", "b"]),
        (.pipeDelimited, false, ["a|b"], ["a", "b"]),
        (.form, false, [""], []),
        (.simple, false, [""], []),
        (.pipeDelimited, false, ["", "a|b"], ["a", "b"]),
        (.form, true, [""], [""]),
    ])
    func arrayItemsAreSplitByStyle(style: ParameterStyle, explode: Bool, occurrences: [String], items: [String]) {
        #expect(ParameterDecoder.items(of: occurrences, style: style, explode: explode) == items)
    }
}
