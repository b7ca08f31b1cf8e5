/// Writes a JSON value as an XML document the way its schema's `xml` annotations say (OpenAPI's XML object):
/// element names from `xml.name` or the property's name, `attribute` properties as attributes, arrays as
/// repeated elements wrapped in one only when `wrapped`, and `namespace` and `prefix` declared where given.
///
/// Deterministic: members and elements are written in the value's own order. Names that XML cannot hold are
/// made into names it can (`first name` becomes `first_name`); text is escaped.
public struct XMLWriter: Sendable {
    /// How deep elements nest at most; deeper values are written as empty elements.
    static let maximumDepth = 128

    private let schemas: SchemaRegistry

    public init(schemas: SchemaRegistry) {
        self.schemas = schemas
    }

    /// The document for `value` as `schema` describes it: one root element named by the schema's `xml.name`,
    /// else by the component its `$ref` names, else `xml`. An array at the root is always wrapped in it, its
    /// elements named by the items' `xml.name`, else their component, else `item`.
    public func document(for value: JSONValue, schema: Schema?) -> String {
        let root = flattened(schema)
        let name = root.xml?.name ?? schema.flatMap(\.reference).map(Self.componentName) ?? "xml"
        var output = ""
        guard case .array(let elements) = value else {
            write(value, schema: root, name: name, depth: 0, prefixes: [], into: &output)
            return output
        }
        let items = root.items
        let itemSchema = flattened(items)
        let itemName = itemSchema.xml?.name ?? items.flatMap(\.reference).map(Self.componentName) ?? "item"
        let (tag, declarations, prefixes) = qualified(name, annotation: root.xml, prefixes: [])
        output += "<" + tag + declarations + ">"
        for element in elements {
            write(element, schema: itemSchema, name: itemName, depth: 1, prefixes: prefixes, into: &output)
        }
        output += "</" + tag + ">"
        return output
    }

    /// Writes `value` as the element (or, for an unwrapped array, the elements) called `name` unless the
    /// schema's `xml.name` says otherwise.
    private func write(_ value: JSONValue, schema: Schema, name: String, depth: Int, prefixes: [String], into output: inout String) {
        if case .array(let elements) = value, depth < Self.maximumDepth {
            let itemSchema = flattened(schema.items)
            let itemName = itemSchema.xml?.name ?? name
            guard schema.xml?.wrapped == true else {
                for element in elements {
                    write(element, schema: itemSchema, name: itemName, depth: depth + 1, prefixes: prefixes, into: &output)
                }
                return
            }
            let (tag, declarations, inner) = qualified(schema.xml?.name ?? name, annotation: schema.xml, prefixes: prefixes)
            output += "<" + tag + declarations + ">"
            for element in elements {
                write(element, schema: itemSchema, name: itemName, depth: depth + 1, prefixes: inner, into: &output)
            }
            output += "</" + tag + ">"
            return
        }
        let (tag, declarations, scope) = qualified(schema.xml?.name ?? name, annotation: schema.xml, prefixes: prefixes)
        var (opening, inner) = (declarations, scope)
        guard depth < Self.maximumDepth else {
            output += "<" + tag + opening + "/>"
            return
        }
        switch value {
        case .object(let members):
            var children: [(JSONMember, Schema)] = []
            for member in members {
                let memberSchema = flattened(propertySchema(member.key, in: schema))
                guard memberSchema.xml?.attribute == true, let text = member.value.scalarText else {
                    children.append((member, memberSchema))
                    continue
                }
                let (attributeName, declarations, inScope) = qualified(memberSchema.xml?.name ?? member.key, annotation: memberSchema.xml, prefixes: inner)
                opening += declarations + " " + attributeName + "=\"" + XMLText.attribute(text) + "\""
                inner = inScope
            }
            output += "<" + tag + opening + ">"
            for (member, memberSchema) in children {
                write(member.value, schema: memberSchema, name: member.key, depth: depth + 1, prefixes: inner, into: &output)
            }
            output += "</" + tag + ">"
        case .null, .array:
            output += "<" + tag + opening + "/>"
        case .bool, .integer, .number, .string:
            output += "<" + tag + opening + ">" + XMLText.content(value.scalarText ?? "") + "</" + tag + ">"
        }
    }

    /// The qualified name for `name` (with the annotation's prefix when its namespace is declared here or
    /// further up), the namespace declaration to write with it, and the prefixes in scope below it.
    private func qualified(_ name: String, annotation: XMLAnnotation?, prefixes: [String]) -> (String, String, [String]) {
        let local = Self.xmlName(name)
        guard let annotation else { return (local, "", prefixes) }
        let prefix = annotation.prefix.map(Self.xmlName)
        switch (annotation.namespace, prefix) {
        case (let namespace?, let prefix?):
            return (prefix + ":" + local, " xmlns:" + prefix + "=\"" + XMLText.attribute(namespace) + "\"", prefixes + [prefix])
        case (let namespace?, nil):
            return (local, " xmlns=\"" + XMLText.attribute(namespace) + "\"", prefixes)
        case (nil, let prefix?) where prefixes.contains(prefix):
            return (prefix + ":" + local, "", prefixes)
        case (nil, _):
            return (local, "", prefixes)
        }
    }

    /// The schema of member `key` of an object `schema` describes: its property's, else that of its
    /// additional properties, else any.
    private func propertySchema(_ key: String, in schema: Schema) -> Schema? {
        if let property = schema.properties.first(where: { $0.name == key }) { return property.schema }
        if case .schema(let additional) = schema.additionalProperties { return additional }
        return nil
    }

    private func flattened(_ schema: Schema?) -> Schema {
        schema.map { schemas.flattened($0).schema } ?? Schema()
    }

    /// The name of the component a registry key points at: `Pet` for `api.yaml#/components/schemas/Pet`.
    package static func componentName(_ key: String) -> String {
        JSONPointer.unescaped(key.split(separator: "/").last ?? "")
    }

    /// `text` as an XML name (without a colon): characters a name cannot hold become `_`, and a name that
    /// cannot start as it does is given a leading `_`.
    package static func xmlName(_ text: String) -> String {
        var name = String(text.map { character -> Character in
            character.isASCII ? (character.isLetter || character.isNumber || "_-.".contains(character) ? character : "_")
                : (character.isLetter ? character : "_")
        })
        if name.first.map({ !$0.isLetter && $0 != "_" }) ?? true { name = "_" + name }
        return name
    }
}
