import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's `XMLParser`, as a tree of elements: for checking a JUnit report as a
/// CI system reads it.
final class JUnitDocument: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, children and text.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// The children called `name`.
        func children(_ name: String) -> [Element] {
            children.filter { $0.name == name }
        }

        /// Every element called `name` below this one, in document order.
        func descendants(_ name: String) -> [Element] {
            children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
        }
    }

    private(set) var root: Element?
    private var open: [Element] = []

    /// Parses `data`; nil when it is not well-formed XML.
    static func parse(_ data: Data) -> Element? {
        let document = JUnitDocument()
        let parser = XMLParser(data: data)
        parser.delegate = document
        return parser.parse() ? document.root : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let element = Element(name: name, attributes: attributes)
        if let parent = open.last { parent.children.append(element) } else { root = element }
        open.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        open.last?.text += string
    }
}

extension JUnitDocument.Element {
    /// The problems with a suite's (or the root's) counts: each of `tests`, `failures`, `skipped` and `errors`
    /// must equal the `testcase`, `failure`, `skipped` and `error` elements under it.
    var countProblems: [String] {
        let cases = descendants("testcase")
        let counted = [
            "tests": cases.count, "failures": cases.reduce(0) { $0 + $1.children("failure").count },
            "skipped": cases.reduce(0) { $0 + $1.children("skipped").count }, "errors": cases.reduce(0) { $0 + $1.children("error").count },
        ]
        return counted.keys.sorted().compactMap { key in
            attributes[key] == String(counted[key]!) ? nil : "\(name) \(attributes["name"] ?? ""): \(key)=\(attributes[key] ?? "none"), counted \(counted[key]!)"
        }
    }
}
