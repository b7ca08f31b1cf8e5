import MimicContracts
import MimicSchema

/// An XML request body read as the JSON value its schema describes, by the schema's `xml` annotations: the mirror
/// of how ``XMLWriter`` writes a response. Members are found by name (`xml.name`, else the property's, made a legal
/// XML name as the writer makes it: `first name` is `<first_name>`), `attribute`
/// properties among the attributes, an array's items repeated in the object's element or, when `wrapped`, inside an
/// element of their own; text is read as the schema's type (`7` as an integer). Elements and attributes are matched
/// by local name, and by namespace where the schema gives one (any prefix bound to it will do). Elements and
/// attributes no property names become members of their own, so that `additionalProperties` sees them.
///
/// The schema validator then checks the value; ``path(of:)`` turns the JSON pointers of its violations into places
/// in the element tree (`/p:pet/labels/label[2]`, `/p:pet/@id`).
struct XMLBody {
    /// The value the elements spell.
    let value: JSONValue
    /// What the names break before the value is looked at: a root element or an item of another name than the
    /// schema gives (`xml-name`), an element or attribute outside the namespace it gives (`xml-namespace`); their
    /// pointers are places in the element tree.
    let violations: [SchemaViolation]
    /// The place in the element tree of each JSON pointer into ``value``.
    private let paths: [String: String]

    init(_ tree: XMLDocumentTree, schema: Schema, schemas: SchemaRegistry) {
        var reader = Reader(schemas: schemas)
        value = reader.root(tree.root, schema: schema)
        violations = reader.violations
        paths = reader.paths
    }

    /// The place in the element tree a JSON pointer into ``value`` names: that of the longest pointer read, then the
    /// rest of the pointer's tokens.
    func path(of pointer: String) -> String {
        var prefix = Substring(pointer)
        while true {
            if let path = paths[String(prefix)] { return path + pointer.dropFirst(prefix.count) }
            guard let slash = prefix.lastIndex(of: "/") else { return pointer }
            prefix = prefix[..<slash]
        }
    }

    /// The walk over the elements, gathering the pointers' places and the naming violations.
    private struct Reader {
        let schemas: SchemaRegistry
        var paths: [String: String] = [:]
        var violations: [SchemaViolation] = []

        /// The value of the root element: named by the schema's `xml.name` where it gives one; an array is always
        /// wrapped in it, its items named by the items' `xml.name`, else their component, else `item`.
        mutating func root(_ element: XMLDocumentTree.Element, schema: Schema) -> JSONValue {
            let flat = flattened(schema)
            let path = "/" + element.name.description
            if let expected = flat.xml?.name.map(XMLWriter.xmlName), expected != element.name.local {
                violations.append(SchemaViolation(
                    pointer: path, code: .xmlName, message: "the root element is <\(element.name)>; the schema names it <\(expected)>"))
            }
            let itemName = XMLWriter.xmlName(flattened(flat.items).xml?.name ?? flat.items?.reference.map(XMLWriter.componentName) ?? "item")
            return value(of: element, schema: flat, itemName: itemName, path: path, pointer: "")
        }

        /// The value of `element` for the flattened `schema`: an array of its children (each named `itemName`), an
        /// object of its attributes and children, or its text as a scalar.
        private mutating func value(of element: XMLDocumentTree.Element, schema: Schema, itemName: String?, path: String, pointer: String) -> JSONValue {
            paths[pointer] = path
            checkNamespace(of: element.name, against: schema.xml, at: path, what: "<\(element.name)>")
            let structured = !element.children.isEmpty || element.attributes.contains { $0.name.namespace == nil }
            let hasText = !Self.trimmed(element.text).isEmpty
            switch schema.effectiveType {
            case .array where !hasText:
                let items = flattened(schema.items)
                return .array(element.children.enumerated().map { index, child in
                    let childPath = path + "/" + child.name.description + "[\(index + 1)]"
                    if let itemName, child.name.local != itemName {
                        violations.append(SchemaViolation(
                            pointer: childPath, code: .xmlName, message: "<\(child.name)> is not an item of <\(element.name)>: its items are <\(itemName)>"))
                    }
                    return value(of: child, schema: items, itemName: nil, path: childPath, pointer: pointer + "/\(index)")
                })
            case .object where !hasText:
                return object(element, schema: schema, path: path, pointer: pointer)
            case _ where structured:
                return object(element, schema: schema, path: path, pointer: pointer)
            default:
                return scalar(element.text, schema: schema)
            }
        }

        /// The object `element` spells: a member per property found among its attributes and children, then one per
        /// attribute (without a namespace) and per name of children that no property claims.
        private mutating func object(_ element: XMLDocumentTree.Element, schema: Schema, path: String, pointer: String) -> JSONValue {
            var members: [JSONMember] = []
            var claimedAttributes = [Bool](repeating: false, count: element.attributes.count)
            var claimedChildren = [Bool](repeating: false, count: element.children.count)
            var childNames: [String] = [], childrenByName: [String: [Int]] = [:]
            for (index, child) in element.children.enumerated() {
                childrenByName[child.name.local, default: []].append(index)
                if childrenByName[child.name.local]?.count == 1 { childNames.append(child.name.local) }
            }
            for property in schema.properties {
                let propertySchema = flattened(property.schema)
                let key = pointer + "/" + JSONPointer.escaped(property.name)
                let name = XMLWriter.xmlName(propertySchema.xml?.name ?? property.name)
                if propertySchema.xml?.attribute == true {
                    guard let index = element.attributes.indices.first(where: { !claimedAttributes[$0] && element.attributes[$0].name.local == name }) else { continue }
                    claimedAttributes[index] = true
                    let attribute = element.attributes[index]
                    let attributePath = path + "/@" + attribute.name.description
                    paths[key] = attributePath
                    checkNamespace(of: attribute.name, against: propertySchema.xml, at: attributePath, what: "the attribute '\(attribute.name)'")
                    members.append(JSONMember(property.name, scalar(attribute.value, schema: propertySchema)))
                    continue
                }
                let isUnwrappedArray = propertySchema.effectiveType == .array && propertySchema.xml?.wrapped != true
                let items = flattened(propertySchema.items)
                let childName = isUnwrappedArray ? XMLWriter.xmlName(items.xml?.name ?? property.name) : name
                let found = (childrenByName[childName] ?? []).filter { !claimedChildren[$0] }
                for index in found { claimedChildren[index] = true }
                if isUnwrappedArray {
                    guard !found.isEmpty || schema.required.contains(property.name) else { continue }
                    paths[key] = path + "/" + childName
                    members.append(JSONMember(property.name, .array(found.enumerated().map { position, index in
                        let child = element.children[index]
                        return value(of: child, schema: items, itemName: nil, path: path + "/" + child.name.description + "[\(position + 1)]", pointer: key + "/\(position)")
                    })))
                    continue
                }
                let itemName = propertySchema.xml?.wrapped == true ? XMLWriter.xmlName(items.xml?.name ?? property.name) : nil
                if let value = repeated(found, of: element, schema: propertySchema, itemName: itemName, path: path, pointer: key) {
                    members.append(JSONMember(property.name, value))
                }
            }
            let additional: Schema = if case .schema(let additional) = schema.additionalProperties { flattened(additional) } else { Schema() }
            for (index, attribute) in element.attributes.enumerated() where !claimedAttributes[index] && attribute.name.namespace == nil {
                let key = pointer + "/" + JSONPointer.escaped(attribute.name.local)
                paths[key] = path + "/@" + attribute.name.description
                members.append(JSONMember(attribute.name.local, scalar(attribute.value, schema: additional)))
            }
            for name in childNames {
                let found = (childrenByName[name] ?? []).filter { !claimedChildren[$0] }
                let key = pointer + "/" + JSONPointer.escaped(name)
                if let value = repeated(found, of: element, schema: additional, itemName: nil, path: path, pointer: key) {
                    members.append(JSONMember(name, value))
                }
            }
            return .object(members)
        }

        /// The value of the children at `indices`: the one child's, an array of them when there are several (which
        /// the schema then finds is not what it describes), nil for none.
        private mutating func repeated(
            _ indices: [Int], of element: XMLDocumentTree.Element, schema: Schema, itemName: String?, path: String, pointer: String
        ) -> JSONValue? {
            guard let first = indices.first else { return nil }
            guard indices.count > 1 else {
                let child = element.children[first]
                return value(of: child, schema: schema, itemName: itemName, path: path + "/" + child.name.description, pointer: pointer)
            }
            paths[pointer] = path + "/" + element.children[first].name.description
            return .array(indices.enumerated().map { position, index in
                let child = element.children[index]
                return value(of: child, schema: schema, itemName: itemName, path: path + "/" + child.name.description + "[\(position + 1)]", pointer: pointer + "/\(position)")
            })
        }

        /// `text` read as the schema's scalar type (its white space trimmed for a number or a boolean); an empty text
        /// is null where the schema allows null and not a string; text of no declared type stays a string, for the
        /// validator to name.
        private func scalar(_ text: String, schema: Schema) -> JSONValue {
            if text.isEmpty, schema.nullable || schema.types.contains(.null), !schema.types.contains(.string) { return .null }
            switch ParameterDecoder.decode(String(Self.trimmed(text)), as: schema) {
            case .value(.string), .mismatch: return .string(text)
            case .value(let value): return value
            }
        }

        /// `text` without the white space XML knows (space, tab, line feed, carriage return) at either end.
        private static func trimmed(_ text: String) -> Substring {
            let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            guard let first = text.utf8.firstIndex(where: { !isSpace($0) }), let last = text.utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
            return text[first...last]
        }

        private mutating func checkNamespace(of name: XMLDocumentTree.Name, against annotation: XMLAnnotation?, at path: String, what: String) {
            guard let expected = annotation?.namespace, name.namespace != expected else { return }
            let actual = name.namespace.map { "the namespace '\($0)'" } ?? "no namespace"
            violations.append(SchemaViolation(pointer: path, code: .xmlNamespace, message: "\(what) is in \(actual); the schema puts it in '\(expected)'"))
        }

        private func flattened(_ schema: Schema?) -> Schema {
            schema.map { schemas.flattened($0).schema } ?? Schema()
        }
    }
}
