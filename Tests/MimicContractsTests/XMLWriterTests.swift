import Testing
@testable import MimicContracts

/// ``XMLWriter`` on small values and hand-built schemas, as whole strings.
@Suite struct XMLWriterTests {
    private static func annotated(_ schema: Schema, _ xml: XMLAnnotation) -> Schema {
        var schema = schema
        schema.xml = xml
        return schema
    }

    private func document(_ value: JSONValue, _ schema: Schema? = nil, registry: SchemaRegistry = SchemaRegistry()) -> String {
        XMLWriter(schemas: registry).document(for: value, schema: schema)
    }

    @Test func withoutASchemaTheRootIsXMLAndMembersAreElementsInOrder() {
        let value = JSONValue.object([JSONMember("b", .integer(1)), JSONMember("a", .null), JSONMember("c", .array([.bool(true), .string("x")]))])
        #expect(document(value) == "<xml><b>1</b><a/><c>true</c><c>x</c></xml>")
        #expect(document(.string("a<b")) == "<xml>a&lt;b</xml>")
    }

    @Test func aRootArrayIsWrappedAndItsItemsNamedForTheirComponent() {
        var registry = SchemaRegistry()
        registry.store(Self.annotated(Schema(types: [.object]), XMLAnnotation(prefix: "p")), for: "api.yaml#/components/schemas/Tag~1Name")
        var list = Schema(types: [.array])
        list.items = .reference("api.yaml#/components/schemas/Tag~1Name")
        let value = JSONValue.array([.object([JSONMember("id", .integer(1))]), .object([])])
        #expect(document(value, list, registry: registry) == "<xml><Tag_Name><id>1</id></Tag_Name><Tag_Name></Tag_Name></xml>")
        #expect(document(.array([.integer(1)])) == "<xml><item>1</item></xml>")
    }

    @Test func namesXMLCannotHoldAreMadeLegal() {
        let value = JSONValue.object([JSONMember("1st", .integer(1)), JSONMember("a:b c", .integer(2)), JSONMember("", .integer(3)), JSONMember("é", .integer(4))])
        #expect(document(value) == "<xml><_1st>1</_1st><a_b_c>2</a_b_c><_>3</_><é>4</é></xml>")
    }

    @Test func attributesAreEscapedAndAContainerIsNeverAnAttribute() {
        var schema = Schema(types: [.object])
        let attribute = Self.annotated(Schema(), XMLAnnotation(attribute: true))
        schema.properties = [SchemaProperty(name: "q", schema: attribute), SchemaProperty(name: "list", schema: attribute)]
        let value = JSONValue.object([JSONMember("q", .string("\"<&>\"\n")), JSONMember("list", .array([.integer(1)]))])
        #expect(document(value, schema) == #"<xml q="&quot;&lt;&amp;&gt;&quot;&#10;"><list>1</list></xml>"#)
    }

    @Test func aPrefixWithoutItsNamespaceInScopeIsLeftOut() {
        var schema = Self.annotated(Schema(types: [.object]), XMLAnnotation(name: "root", namespace: "urn:a"))
        schema.properties = [SchemaProperty(name: "x", schema: Self.annotated(Schema(), XMLAnnotation(prefix: "p")))]
        #expect(document(.object([JSONMember("x", .integer(1))]), schema) == #"<root xmlns="urn:a"><x>1</x></root>"#)
    }

    @Test func nestingStopsAtTheMaximumDepth() {
        var value = JSONValue.integer(1)
        for _ in 0..<(XMLWriter.maximumDepth + 10) { value = .object([JSONMember("a", value)]) }
        let text = document(value)
        #expect(text.hasSuffix("<a/>" + String(repeating: "</a>", count: XMLWriter.maximumDepth - 1) + "</xml>"))
    }
}
