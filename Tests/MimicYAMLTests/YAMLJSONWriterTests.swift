import Testing
@testable import MimicYAML

@Suite struct YAMLJSONWriterTests {
    @Test func prettyOutputIndentsByTwoSpacesAndKeepsSourceOrder() throws {
        let node = try parseOne("b: 1\na:\n  - x\n  - {}\n  - []\nc: {}\n")
        #expect(YAMLJSONWriter().write(node) == """
        {
          "b": 1,
          "a": [
            "x",
            {},
            []
          ],
          "c": {}
        }
        """)
    }

    @Test func compactOutputHasNoWhitespace() throws {
        #expect(YAMLJSONWriter(style: .compact).write(try parseOne("a: [1, {b: null}]\n")) == #"{"a":[1,{"b":null}]}"#)
    }

    @Test func mappingKeysBecomeStringsAsTheOracleWritesThem() throws {
        let text = "200: a\n~: b\ntrue: c\n1.5: d\n0x1F: e\n.inf: f\nTRUE: g\n[x, 1]: h\n"
        #expect(try json(text) == #"{"200":"a","null":"b","true":"g","1.5":"d","31":"e","\"Infinity\"":"f","[\"x\",1]":"h"}"#)
    }

    @Test func duplicateKeysKeepTheFirstPositionAndTheLastValue() throws {
        #expect(try json("a: 1\nb: 2\na: 3\n") == #"{"a":3,"b":2}"#)
    }

    @Test func specialFloatsBecomeStrings() throws {
        #expect(try json("v: [.inf, -.Inf, .NaN, +.INF]\n") == #"{"v":["Infinity","-Infinity","NaN","Infinity"]}"#)
    }

    @Test func integersAreWrittenExactlyInDecimal() throws {
        #expect(try json("v: [0x1F, 0o17, +12, -0, 007, 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, -99999999999999999999]\n")
            == #"{"v":[31,15,12,0,7,123456789012345678901234567890,1208925819614629174706175,-99999999999999999999]}"#)
    }

    @Test func floatsKeepAFloatSpelling() throws {
        #expect(try json("v: [1.0, 1e3, 1., .5, -2.50, 1e16, 1e-5, !!float 3]\n") == #"{"v":[1.0,1000.0,1.0,0.5,-2.5,1e+16,1e-05,3.0]}"#)
    }

    @Test func stringsAreEscapedPerJSONWithNonASCIIAsUTF8() throws {
        #expect(try json("v: \"q\\\" b\\\\ n\\n t\\t r\\r \\x01 \\x7F é 😀 /\"\n") == "{\"v\":\"q\\\" b\\\\ n\\n t\\t r\\r \\u0001 \u{7F} é 😀 /\"}")
    }

    @Test func booleansAndNullsAreNormalised() throws {
        #expect(try json("v: [True, FALSE, Null, ~, null]\nw:\n") == #"{"v":[true,false,null,null,null],"w":null}"#)
    }

    @Test func handBuiltScalarsWhoseTextDoesNotFitTheirKindAreWrittenAsStrings() {
        let origin = SourceLocation(line: 1, column: 1, offset: 0)
        let items = [YAMLScalar("yes", kind: .bool), YAMLScalar("12abc", kind: .integer), YAMLScalar("x", kind: .float)]
        let node = YAMLNode(.sequence(items.map { YAMLNode(.scalar($0), at: origin) }), at: origin)
        #expect(YAMLJSONWriter(style: .compact).write(node) == #"["yes","12abc","x"]"#)
    }
}
