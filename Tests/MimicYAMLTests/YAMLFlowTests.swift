import Testing
@testable import MimicYAML

@Suite struct YAMLFlowTests {
    @Test func flowSequencesAndMappingsNest() throws {
        #expect(try json("v: [a, {b: c, d: [1, 2.5]}, [], {}]\n") == #"{"v":["a",{"b":"c","d":[1,2.5]},[],{}]}"#)
    }

    @Test func flowCollectionsMaySpanLinesAndEndWithATrailingComma() throws {
        #expect(try json("v: [\n  a,\n  b,\n]\nw: {\n  x: 1,\n}\n") == #"{"v":["a","b"],"w":{"x":1}}"#)
    }

    @Test func implicitPairsInsideAFlowSequenceAreSinglePairMappings() throws {
        #expect(try json("v: [a: 1, b, ? c : 2]\n") == #"{"v":[{"a":1},"b",{"c":2}]}"#)
    }

    @Test func flowMappingEntriesMayOmitValuesOrUseAdjacentValuesAfterJSONKeys() throws {
        let node = try parseOne("x: {a, \"b\":c, d: }\n")
        #expect(YAMLJSONWriter(style: .compact).write(node) == #"{"x":{"a":null,"b":"c","d":null}}"#)
    }

    @Test func plainScalarsInFlowContextMayContainColonsNotFollowedBySpace() throws {
        #expect(try json("v: [a:b, http://x.y/z]\n") == #"{"v":["a:b","http://x.y/z"]}"#)
    }

    @Test func aFlowCollectionCanBeAnImplicitKey() throws {
        let node = try parseOne("---\n[a, b]: c\n")
        #expect(node.mapping?.first?.key.sequence?.count == 2)
        #expect(node.mapping?.first?.value.string == "c")
    }
}
