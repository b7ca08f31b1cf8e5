import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's `XMLParser` (without namespace processing), as a tree of elements:
/// for checking XML as an outside reader reads it (a JUnit report, an XML response).
public final class XMLTree: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, children and text.
    public final class Element {
        public let name: String
        public let attributes: [String: String]
        public internal(set) var children: [Element] = []
        public internal(set) var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The children called `name`.
        public func children(_ name: String) -> [Element] {
            children.filter { $0.name == name }
        }

        /// Every element called `name` below this one, in document order.
        public func descendants(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    private(set) var root: Element?
    private var open: [Element] = []

    /// Parses `data`; nil when it is not well-formed XML.
    public static func parse(_ data: Data) -> Element? {
        let document = XMLTree()
        let parser = XMLParser(data: data)
        parser.delegate = document
        return parser.parse() ? document.root : nil
    }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let element = Element(name: name, attributes: attributes)
        if let parent = open.last { parent.children.append(element) } else { root = element }
        open.append(element)
    }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        open.last?.text += string
    }
}
