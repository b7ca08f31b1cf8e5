import Testing
@testable import MimicYAML

@Suite struct YAMLAccessTests {
    @Test func subscriptFindsTheLastPairWithThatKeyText() throws {
        let node = try parseOne("a: 1\nb: 2\na: 3\n200: ok\n")
        #expect(node["a"]?.integer == 3)
        #expect(node["200"]?.string == "ok")
        #expect(node["missing"] == nil)
        #expect(node["a"]?["x"] == nil)
    }

    @Test func typedAccessorsReadScalarsByTheirKind() throws {
        let node = try parseOne("s: text\ni: 0x1F\no: 0o17\np: +5\nf: 1.5e1\nb: True\nn: ~\ninf: -.inf\nbig: 99999999999999999999\n")
        #expect(node["s"]?.string == "text")
        #expect(node["i"]?.integer == 31)
        #expect(node["o"]?.integer == 15)
        #expect(node["p"]?.integer == 5)
        #expect(node["f"]?.double == 15)
        #expect(node["f"]?.integer == nil)
        #expect(node["i"]?.double == 31)
        #expect(node["b"]?.bool == true)
        #expect(node["b"]?.string == "True")
        #expect(node["s"]?.bool == nil)
        #expect(node["n"]?.isNull == true)
        #expect(node["n"]?.string == nil)
        #expect(node["inf"]?.double == -.infinity)
        #expect(node["big"]?.integer == nil)
        #expect(node["big"]?.double == 1e20)
        #expect(try parseOne("v: .nan\n")["v"]?.double?.isNaN == true)
    }

    @Test func collectionAccessorsReturnItemsAndPairs() throws {
        let node = try parseOne("l: [1, 2]\nm: {k: v}\n")
        #expect(node["l"]?.sequence?.compactMap(\.integer) == [1, 2])
        #expect(node["m"]?.mapping?.first?.key.string == "k")
        #expect(node["l"]?.mapping == nil)
        #expect(node["m"]?.sequence == nil)
        #expect(node["m"]?.scalar == nil)
        #expect(node.isNull == false)
    }
}
