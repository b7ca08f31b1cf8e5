import Foundation
import MimicTestSupport
import Testing
@testable import MimicContracts

/// Request bodies read as XML: namespaces resolved, references replaced, and every document that is not well-formed,
/// declares a DTD or goes past the bounds refused with a located error.
@Suite struct XMLReaderTests {
    private typealias Element = XMLDocumentTree.Element
    private typealias Name = XMLDocumentTree.Name

    private func read(_ text: String) throws(XMLSyntaxError) -> Element {
        try XMLReader.read(Array(text.utf8)).root
    }

    /// `kind line:column message` of the error `text` gives, or "read" when it reads.
    private func failure(_ text: String) -> String {
        failure(Array(text.utf8))
    }

    private func failure(_ bytes: [UInt8]) -> String {
        do throws(XMLSyntaxError) {
            _ = try XMLReader.read(bytes)
            return "read"
        } catch {
            return "\(error.kind) \(error.line):\(error.column) \(error.message)"
        }
    }

    @Test func namespacesAttributesAndTextAreRead() throws {
        let root = try read("""
            \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
            <!-- a pet -->
            <p:pet xmlns:p="urn:pets" xmlns="urn:default" id='7' p:kind="dog">
              <name>Rex &amp; &#67;o &#x3C;3&gt; <![CDATA[<raw> & ]]></name><?note skip?>
              <tag a="x&#9;y
            z"/>
            </p:pet>
            """)
        #expect(root.name == Name(prefix: "p", local: "pet", namespace: "urn:pets"))
        #expect(root.attributes == [
            XMLDocumentTree.Attribute(name: Name(local: "id"), value: "7"),
            XMLDocumentTree.Attribute(name: Name(prefix: "p", local: "kind", namespace: "urn:pets"), value: "dog"),
        ])
        #expect(root.children == [
            Element(name: Name(local: "name", namespace: "urn:default"), text: "Rex & Co <3> <raw> & "),
            Element(name: Name(local: "tag", namespace: "urn:default"), attributes: [XMLDocumentTree.Attribute(name: Name(local: "a"), value: "x\ty z")]),
        ])
    }

    @Test func aDefaultNamespaceCanBeUndeclared() throws {
        let root = try read(#"<a xmlns="urn:a"><b xmlns=""><c/></b></a>"#)
        #expect(root.children[0].name == Name(local: "b") && root.children[0].children[0].name == Name(local: "c"))
    }

    @Test func everyWellFormednessErrorIsLocatedAndNamed() {
        #expect(failure("") == "malformed 1:1 the document has no root element")
        #expect(failure("hello") == "malformed 1:1 text before the root element")
        #expect(failure("<a><b></a>") == "malformed 1:7 the end tag </a> does not close the element <b>")
        #expect(failure("<a>\n<b>") == "malformed 2:4 the element <b> is not closed")
        #expect(failure("<a></a><b/>") == "malformed 1:8 content after the root element")
        #expect(failure(#"<a x="1" x="2"/>"#) == "malformed 1:10 the attribute 'x' is given twice")
        #expect(failure("<a x=1/>") == "malformed 1:6 an attribute value must be quoted")
        #expect(failure(#"<a x="<"/>"#) == "malformed 1:7 '<' is not allowed in an attribute value")
        #expect(failure(#"<a x="1"y="2"/>"#) == "malformed 1:9 expected white space, '>' or '/>' in the start tag <a>")
        #expect(failure("<p:a/>") == "malformed 1:2 the prefix 'p' is not declared (xmlns:p=\"…\")")
        #expect(failure("<a:b:c xmlns:a='u'/>") == "malformed 1:2 'a:b:c' is not a qualified name (prefix:local)")
        #expect(failure("<a>&nbsp;</a>") == "malformed 1:4 the entity '&nbsp;' is not declared: Mimic reads no DTD, so only &lt; &gt; &amp; &apos; &quot; and character references are known")
        #expect(failure("<a>&#0;</a>") == "malformed 1:4 '&#0;' is not a character XML allows")
        #expect(failure("<a>x & y;</a>") == "malformed 1:6 '&' must start a reference such as &amp;")
        #expect(failure("<a>]]></a>") == "malformed 1:4 ']]>' is not allowed in text")
        #expect(failure("<a><!-- a -- b --></a>") == "malformed 1:11 '--' is not allowed inside a comment")
        #expect(failure("<a><?xml version='1.0'?></a>") == "malformed 1:4 an XML declaration may only open the document")
        #expect(failure("<a>\u{1}</a>") == "malformed 1:4 character U+1 is not allowed in XML")
        #expect(failure([0x3C, 0x61, 0x3E, 0xFF, 0x3C, 0x2F, 0x61, 0x3E]) == "malformed 1:4 the bytes are not UTF-8")
        #expect(failure("<?xml version='1.0' encoding='ISO-8859-1'?><a/>") == "malformed 1:1 the document declares the encoding 'ISO-8859-1'; Mimic reads XML in UTF-8 only")
    }

    @Test func aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """
        #expect(failure(laughs) == "doctype 2:1 a DOCTYPE is refused: Mimic reads no DTD, so it declares and expands no entity")
        #expect(failure(#"<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#) == "doctype 1:1 a DOCTYPE is refused: Mimic reads no DTD, so it declares and expands no entity")
        #expect(failure("<a><!DOCTYPE a></a>") == "doctype 1:4 a DOCTYPE is refused: Mimic reads no DTD, so it declares and expands no entity")
    }

    @Test func nestingIsBoundedAtTheMaximumDepth() throws {
        let depth = XMLReader.maximumDepth
        let deepest = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        var element = try read(deepest)
        for _ in 1..<depth { element = element.children[0] }
        #expect(element.children.isEmpty)
        let deeper = String(repeating: "<a>", count: depth + 1) + String(repeating: "</a>", count: depth + 1)
        #expect(failure(deeper) == "tooDeep(maximumDepth: 512) 1:1537 elements nest more than 512 levels deep")
    }

    @Test func elementsAndAttributesAreBoundedInNumber() throws {
        let most = "<r>" + String(repeating: "<a/>", count: XMLReader.maximumNodes - 1) + "</r>"
        #expect(try read(most).children.count == XMLReader.maximumNodes - 1)
        let more = "<r x='1'>" + String(repeating: "<a/>", count: XMLReader.maximumNodes - 1) + "</r>"
        #expect(failure(more) == "tooLarge(maximumNodes: 100000) 1:400002 the document holds more than 100000 elements and attributes")
    }

    /// An element as text both readers can give: qualified name, attributes but namespace declarations (sorted), text,
    /// children.
    private func outline(_ element: Element) -> String {
        let attributes = element.attributes.map { "\($0.name)=\($0.value)" }.sorted()
        return "\(element.name)\(attributes)\(element.text.debugDescription)(\(element.children.map(outline).joined(separator: ",")))"
    }

    private func outline(_ element: XMLTree.Element) -> String {
        let attributes = element.attributes.filter { !$0.key.hasPrefix("xmlns") }.map { "\($0.key)=\($0.value)" }.sorted()
        return "\(element.name)\(attributes)\(element.text.debugDescription)(\(element.children.map(outline).joined(separator: ",")))"
    }

    @Test func foundationsXMLParserReadsTheSameDocumentsAlike() throws {
        let documents = [
            "<a/>",
            #"<a x='1' y="2 &lt; 3">t</a>"#,
            "<p:a xmlns:p='urn:p'><p:b>x &amp; y &#65;&#x42;</p:b><c/></p:a>",
            "<?xml version='1.0' encoding='utf-8'?>\n<!-- c --><a><?pi x?><b>1</b>\n  <b>2</b>\n</a>",
        ]
        for document in documents {
            let foundation = try #require(XMLTree.parse(Data(document.utf8)), "\(document)")
            #expect(outline(try read(document)) == outline(foundation), "\(document)")
        }
        // Not here: `<a x=1/>` and `<a/><b/>`, which Foundation's XMLParser (libxml2) on Linux recovers from and reads.
        let malformed = ["<a>", "<a></b>", "<a><b></a></b>", "text", "<a x='1' x='2'/>", "<a>&foo;</a>", "<a>\u{1}</a>"]
        for document in malformed {
            #expect(XMLTree.parse(Data(document.utf8)) == nil, "\(document)")
            #expect(failure(document).hasPrefix("malformed "), "\(document)")
        }
    }
}
