import Testing
@testable import MimicYAML

@Suite struct YAMLScalarTests {
    @Test(arguments: [
        ("~", YAMLScalar.Kind.null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("true", .bool), ("True", .bool), ("TRUE", .bool), ("false", .bool), ("False", .bool), ("FALSE", .bool),
        ("0", .integer), ("-17", .integer), ("+12", .integer), ("007", .integer), ("0o17", .integer), ("0x1F", .integer),
        ("1.5", .float), ("-1.", .float), (".5", .float), ("1e3", .float), ("+1.5E-3", .float),
        (".inf", .float), ("-.Inf", .float), ("+.INF", .float), (".nan", .float), (".NaN", .float), (".NAN", .float),
        ("yes", .string), ("no", .string), ("on", .string), ("off", .string), ("nULL", .string), ("tRUE", .string),
        ("0o8", .string), ("0xG", .string), ("1_000", .string), ("1:30", .string), ("2001-12-14", .string),
        ("-.nan", .string), ("e3", .string), ("1e", .string), (".", .string), ("+", .string), ("0X1F", .string),
    ])
    func plainScalarsResolveByTheCoreSchema(text: String, kind: YAMLScalar.Kind) throws {
        let node = try parseOne("v: \(text)\n")["v"]
        #expect(node?.scalar == YAMLScalar(text, kind: kind))
    }

    @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
        let node = try parseOne("a: 'true'\nb: \"12\"\nc: |\n  null\n")
        #expect(node["a"]?.scalar == YAMLScalar("true", kind: .string))
        #expect(node["b"]?.scalar == YAMLScalar("12", kind: .string))
        #expect(node["c"]?.scalar == YAMLScalar("null\n", kind: .string))
    }

    @Test func plainScalarsFoldLineBreaksIntoSpacesAndKeepEmptyLinesAsNewlines() throws {
        let node = try parseOne("key: first\n  second   \n\n  third\n\n\n  fourth\nnext: x\n")
        #expect(node["key"]?.string == "first second\nthird\n\nfourth")
        #expect(node["next"]?.string == "x")
    }

    @Test func plainScalarsKeepColonsAndHashesThatAreNotIndicators() throws {
        let node = try parseOne("url: http://example.com:8080/a#b\ntime: 12:30 # a comment\n")
        #expect(node["url"]?.string == "http://example.com:8080/a#b")
        #expect(node["time"]?.string == "12:30")
    }

    @Test func singleQuotedScalarsDoubleTheQuoteAndFoldLines() throws {
        let node = try parseOne("a: 'it''s'\nb: 'one\n  two\n\n  three '\n")
        #expect(node["a"]?.string == "it's")
        #expect(node["b"]?.string == "one two\nthree ")
    }

    @Test func doubleQuotedScalarsDecodeEveryEscape() throws {
        let text = #"v: "\0\a\b\t"# + "\\\t" + #"\n\v\f\r\e\ \"\/\\\N\_\L\P\x41\u00e9\U0001F600""#
        let expected = "\u{0}\u{7}\u{8}\t\t\n\u{B}\u{C}\r\u{1B} \"/\\\u{85}\u{A0}\u{2028}\u{2029}Aé😀"
        #expect(try parseOne(text)["v"]?.string == expected)
    }

    @Test func doubleQuotedScalarsFoldLinesAndJoinEscapedLineBreaks() throws {
        let node = try parseOne("a: \"one\n  two\n\n  three\"\nb: \"abc\\\n    def \\\n  ghi\"\n")
        #expect(node["a"]?.string == "one two\nthree")
        #expect(node["b"]?.string == "abcdef ghi")
    }

    @Test func literalBlockScalarsKeepLineBreaksWithEachChomping() throws {
        let text = "clip: |\n  a\n   b\n\n\nstrip: |-\n  a\n\n\nkeep: |+\n  a\n\n\nlast: x\n"
        let node = try parseOne(text)
        #expect(node["clip"]?.string == "a\n b\n")
        #expect(node["strip"]?.string == "a")
        #expect(node["keep"]?.string == "a\n\n\n")
    }

    @Test func foldedBlockScalarsFoldLinesButKeepMoreIndentedOnes() throws {
        let text = "v: >\n  one\n  two\n\n  three\n    indented\n  four\n"
        #expect(try parseOne(text)["v"]?.string == "one two\nthree\n  indented\nfour\n")
    }

    @Test func blockScalarsTakeAnExplicitIndentationIndicator() throws {
        let node = try parseOne("a: |2\n    four\n  two\nb: >-1\n  x\n  y\n")
        #expect(node["a"]?.string == "  four\ntwo\n")
        #expect(node["b"]?.string == " x\n y")
    }

    @Test func blockScalarsMayHaveACommentOnTheHeaderAndEndAtLessIndentedLines() throws {
        let node = try parseOne("a: | # note\n  text\n# comment\nb: 1\n")
        #expect(node["a"]?.string == "text\n")
        #expect(node["b"]?.integer == 1)
    }

    @Test func standardTagsForceTheKindOfAScalar() throws {
        let node = try parseOne("a: !!str 12\nb: !!int \"12\"\nc: !!float 1\nd: !!bool 'true'\ne: !!null ''\nf: ! 12\ng: !custom 12\nh: !<tag:yaml.org,2002:str> true\n")
        #expect(node["a"]?.scalar == YAMLScalar("12", kind: .string))
        #expect(node["b"]?.scalar == YAMLScalar("12", kind: .integer))
        #expect(node["c"]?.scalar == YAMLScalar("1", kind: .float))
        #expect(node["d"]?.scalar == YAMLScalar("true", kind: .bool))
        #expect(node["e"]?.scalar == YAMLScalar("", kind: .null))
        #expect(node["f"]?.scalar == YAMLScalar("12", kind: .string))
        #expect(node["g"]?.scalar == YAMLScalar("12", kind: .integer))
        #expect(node["h"]?.scalar == YAMLScalar("true", kind: .string))
    }

    @Test func tagHandlesDeclaredByTagDirectivesResolve() throws {
        let documents = try parse("%TAG !y! tag:yaml.org,2002:\n---\nv: !y!str 1\n")
        #expect(documents.first?["v"]?.scalar == YAMLScalar("1", kind: .string))
    }
}
