import Testing
@testable import MimicYAML

@Suite struct YAMLAnchorTests {
    @Test func aliasesRepeatTheAnchoredNode() throws {
        #expect(try json("a: &x {k: [1, 2]}\nb: *x\nc: &s text\nd: *s\n") == #"{"a":{"k":[1,2]},"b":{"k":[1,2]},"c":"text","d":"text"}"#)
    }

    @Test func aLaterAnchorWithTheSameNameWins() throws {
        #expect(try json("a: &x 1\nb: *x\nc: &x 2\nd: *x\n") == #"{"a":1,"b":1,"c":2,"d":2}"#)
    }

    @Test func anchorsMayStandOnTheLineBeforeABlockCollection() throws {
        #expect(try json("a: &x\n  - 1\nb: *x\n") == #"{"a":[1],"b":[1]}"#)
    }

    @Test func mergeKeysInsertAMappingsPairsAndExplicitKeysWin() throws {
        let text = "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n"
        #expect(try json(text) == #"{"base":{"x":1,"y":2},"use":{"x":1,"y":3}}"#)
        #expect(try parseOne(text)["use"]?["y"]?.integer == 3)
    }

    @Test func mergeKeysTakeASequenceOfMappingsWhereEarlierMappingsWin() throws {
        let text = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  w: 0\n"
        #expect(try json(text) == #"{"a":{"x":1,"y":1},"b":{"y":2,"z":2},"c":{"y":1,"z":2,"x":1,"w":0}}"#)
    }

    @Test func aQuotedMergeKeyIsAnOrdinaryKey() throws {
        #expect(try json("a: &a {x: 1}\nb:\n  \"<<\": *a\n") == #"{"a":{"x":1},"b":{"<<":{"x":1}}}"#)
    }

    @Test func aMergeKeyNeedsAMappingOrAListOfMappings() {
        #expect(parseError("a:\n  <<: [x]\n") == yamlError(
            "yaml.bad-merge", "the value of a merge key '<<' must be a mapping or a list of mappings, found the scalar \"x\"",
            line: 2, column: 8, offset: 10))
    }

    @Test func anAliasToNoAnchorIsAnError() {
        #expect(parseError("a: 1\nb: *nope\n") == yamlError(
            "yaml.undefined-alias", "alias *nope refers to no anchor; define &nope on a node before this point in the document",
            line: 2, column: 4, offset: 8))
    }

    @Test func anAliasInsideTheNodeItsAnchorNamesIsRejected() {
        #expect(parseError("a: &a [ *a ]\n") == yamlError(
            "yaml.cyclic-alias", "alias *a is used inside the node its anchor &a names, which would make it contain itself",
            line: 1, column: 9, offset: 8))
        #expect(parseError("&m\nk: {x: *m}\n")?.code == "yaml.cyclic-alias")
    }

    @Test func anchorsDoNotCrossDocuments() {
        #expect(parseError("--- &a 1\n--- *a\n")?.code == "yaml.undefined-alias")
    }

    @Test func billionLaughsHitsTheAliasExpansionLimit() {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(parseError(text) == yamlError(
            "yaml.alias-limit", "aliases expand to more than 1000000 nodes in total; the document is too large once its aliases are resolved (a \"billion laughs\" pattern?)",
            line: 7, column: 8, offset: 292))
    }
}
