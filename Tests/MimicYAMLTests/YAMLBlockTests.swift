import Testing
@testable import MimicYAML

@Suite struct YAMLBlockTests {
    @Test func nestedBlockMappingsAndSequences() throws {
        let text = """
        openapi: 3.0.0
        info:
          title: Pets
          tags:
            - a
            - b
        empty:
        """
        #expect(try json(text) == #"{"openapi":"3.0.0","info":{"title":"Pets","tags":["a","b"]},"empty":null}"#)
    }

    @Test func compactNestedSequencesAndSequencesOfMappings() throws {
        let text = "- - a\n  - b\n- key: v\n  other: w\n- - - deep\n-\n"
        #expect(try json(text) == #"[["a","b"],{"key":"v","other":"w"},[["deep"]],null]"#)
    }

    @Test func sequencesMayStartAtTheIndentationOfTheirKey() throws {
        #expect(try json("list:\n- a\n- b: c\n  d: e\nnext: 1\n") == #"{"list":["a",{"b":"c","d":"e"}],"next":1}"#)
    }

    @Test func explicitKeysAndComplexKeysAreKeptAsNodes() throws {
        let node = try parseOne("? [a, b]\n: seq\n? |\n  block\n: lit\n? plain\n")
        let pairs = try #require(node.mapping)
        #expect(pairs.count == 3)
        #expect(pairs[0].key.sequence?.map(\.string) == ["a", "b"])
        #expect(pairs[0].value.string == "seq")
        #expect(pairs[1].key.string == "block\n")
        #expect(pairs[2].key.string == "plain")
        #expect(pairs[2].value.isNull)
    }

    @Test func commentsAreIgnoredEverywhere() throws {
        #expect(try json("# head\na: 1 # tail\n# between\nb:   # after key\n  - x # item\n") == #"{"a":1,"b":["x"]}"#)
    }

    @Test func multiDocumentStreamsSkipDirectivesAndKeepEmptyDocumentsAsNull() throws {
        let documents = try parse("%YAML 1.2\n---\na: 1\n...\n---\n--- b\n...\nbare\n")
        #expect(documents.map { YAMLJSONWriter(style: .compact).write($0) } == [#"{"a":1}"#, "null", #""b""#, #""bare""#])
    }

    @Test func aStreamOfOnlyCommentsHasNoDocuments() throws {
        #expect(try parse("# nothing here\n\n").isEmpty)
        #expect(try parse("").isEmpty)
    }

    @Test(arguments: ["a: 1\r\nb:\r\n  - x\r\n", "a: 1\rb:\r  - x\r", "a: 1\nb:\r\n  - x\r"])
    func crlfCrAndMixedLineEndingsAreLineBreaks(text: String) throws {
        let node = try parseOne(text)
        #expect(YAMLJSONWriter(style: .compact).write(node) == #"{"a":1,"b":["x"]}"#)
        #expect(node.mapping?.last?.key.location.line == 2)
        #expect(node["b"]?.sequence?.first?.location.line == 3)
    }

    @Test func aByteOrderMarkIsSkippedAndNotCountedAsAColumn() throws {
        let node = try YAML.parseStream([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))[0]
        #expect(node["a"]?.integer == 1)
        #expect(node.mapping?.first?.key.location == SourceLocation(line: 1, column: 1, offset: 3))
    }

    @Test func nodesKnowWhereTheyStartWithColumnsCountedInUnicodeScalars() throws {
        let node = try parseOne("é: [x, ü]\nb:\n  - &a 'q'\n")
        let first = try #require(node.mapping?.first)
        #expect(first.key.location == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(first.value.location == SourceLocation(line: 1, column: 4, offset: 4))
        #expect(first.value.sequence?[1].location == SourceLocation(line: 1, column: 8, offset: 8))
        #expect(node["b"]?.location == SourceLocation(line: 3, column: 3, offset: 17))
        #expect(node["b"]?.sequence?[0].location == SourceLocation(line: 3, column: 5, offset: 19))
    }

    @Test func tabsAreAllowedAsSeparatorsAfterIndentation() throws {
        #expect(try json("a:\t1\nb: [x,\tz]\t# c\n") == #"{"a":1,"b":["x","z"]}"#)
    }
}
