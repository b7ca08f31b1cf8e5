import MimicYAML

extension ImportContext {
    /// Reads a schema object; a `$ref` becomes a reference to the registry, its target read once. The keywords
    /// the session's ``LoadSession/schemaExcesses`` finds excessive are warnings at the keyword.
    ///
    /// One reader serves every dialect (draft 4 for Swagger 2.0 and OpenAPI 3.0, the 2020-12 subset of 3.1):
    /// their keywords do not collide, so each form is read wherever it appears (a boolean or a numeric
    /// `exclusiveMinimum`, `nullable` or a `null` type, `items` as a list or `prefixItems`).
    func schema(_ node: YAMLNode) -> Schema {
        if let reference = node["$ref"] {
            var schema = referencedSchema(reference)
            schema.description = node["description"]?.string
            return schema
        }
        if let flag = node.bool {
            var schema = Schema()
            if !flag { schema.not = Schema() }
            return schema
        }
        guard node.mapping != nil else {
            warn("import.invalid-schema", "a schema must be an object; this one is ignored", at: node)
            return Schema()
        }
        var schema = Schema()
        readType(of: node, into: &schema)
        readAnnotations(of: node, into: &schema)
        readNumericConstraints(of: node, into: &schema)
        readStringAndArrayConstraints(of: node, into: &schema)
        readObjectConstraints(of: node, into: &schema)
        schema.allOf = node["allOf"]?.sequence?.map { self.schema($0) } ?? []
        schema.anyOf = node["anyOf"]?.sequence?.map { self.schema($0) } ?? []
        schema.oneOf = node["oneOf"]?.sequence?.map { self.schema($0) } ?? []
        schema.not = node["not"].map { self.schema($0) }
        for excess in session.schemaExcesses(schema) {
            warn(excess.code, excess.message, at: node[excess.keyword] ?? node)
        }
        return schema
    }

    private func referencedSchema(_ reference: YAMLNode) -> Schema {
        guard let (file, pointer) = key(of: reference) else { return Schema() }
        let key = Self.registryKey(file: file, pointer: pointer)
        if !session.schemas.contains(key) {
            let reported = session.diagnostics.count
            defer { if session.diagnostics.count > reported { session.schemaReadsReported += 1 } }
            session.schemas.store(Schema(), for: key)
            guard let (target, context) = target(of: reference) else { return Schema() }
            session.schemas.store(context.schema(target), for: key)
        }
        return .reference(key)
    }

    private func readType(of node: YAMLNode, into schema: inout Schema) {
        guard let typeNode = node["type"] else { return }
        let names = typeNode.sequence?.compactMap(\.string) ?? typeNode.string.map { [$0] } ?? []
        for name in names {
            if let type = SchemaType(rawValue: name) {
                schema.types.append(type)
            } else if name == "file" {
                schema.types.append(.string)
                schema.format = "binary"
            } else {
                warn("import.unknown-type", "unknown type '\(name)'; expected one of \(SchemaType.allCases.map(\.rawValue).joined(separator: ", "))", at: typeNode)
            }
        }
    }

    private func readAnnotations(of node: YAMLNode, into schema: inout Schema) {
        if let format = node["format"]?.string { schema.format = format }
        schema.title = node["title"]?.string
        schema.description = node["description"]?.string
        schema.enumValues = node["enum"]?.sequence?.map(\.jsonValue)
        schema.constValue = node["const"]?.jsonValue
        schema.defaultValue = node["default"]?.jsonValue
        if let example = node["example"] { schema.examples.append(example.jsonValue) }
        schema.examples += node["examples"]?.sequence?.map(\.jsonValue) ?? []
        schema.readOnly = node["readOnly"]?.bool ?? false
        schema.writeOnly = node["writeOnly"]?.bool ?? false
        schema.deprecated = node["deprecated"]?.bool ?? false
        if let faker = node["x-faker"] {
            // Prism takes a method's name, or a mapping of the name to its arguments (which Mimic does not need).
            schema.faker = faker.string ?? faker.mapping?.first?.key.string ?? ""
        }
        if let xml = node["xml"], xml.mapping != nil {
            schema.xml = XMLAnnotation(name: xml["name"]?.string, namespace: xml["namespace"]?.string, prefix: xml["prefix"]?.string,
                                       attribute: xml["attribute"]?.bool ?? false, wrapped: xml["wrapped"]?.bool ?? false)
        }
        schema.nullable = node["nullable"]?.bool ?? node["x-nullable"]?.bool ?? false
        if schema.nullable, !schema.types.isEmpty, !schema.types.contains(.null) { schema.types.append(.null) }
        if let discriminator = node["discriminator"] {
            if let propertyName = discriminator.string {
                schema.discriminator = Discriminator(propertyName: propertyName)
            } else if let propertyName = discriminator["propertyName"]?.string {
                let mapping = discriminator["mapping"]?.mapping?.compactMap { pair -> DiscriminatorMapping? in
                    guard let value = pair.key.string, let target = pair.value.string else { return nil }
                    let reference = target.utf8.contains(UInt8(ascii: "#")) ? target : "#/components/schemas/" + target
                    guard let (file, pointer) = key(ofText: reference, at: pair.value) else { return nil }
                    return DiscriminatorMapping(value: value, reference: Self.registryKey(file: file, pointer: pointer))
                }
                schema.discriminator = Discriminator(propertyName: propertyName, mapping: mapping ?? [])
            }
        }
    }

    private func readNumericConstraints(of node: YAMLNode, into schema: inout Schema) {
        schema.multipleOf = node["multipleOf"]?.double
        schema.minimum = node["minimum"]?.double.map { NumericBound($0, exclusive: node["exclusiveMinimum"]?.bool ?? false) }
        schema.maximum = node["maximum"]?.double.map { NumericBound($0, exclusive: node["exclusiveMaximum"]?.bool ?? false) }
        if let exclusive = node["exclusiveMinimum"]?.double, node["exclusiveMinimum"]?.bool == nil,
           schema.minimum.map({ exclusive >= $0.value }) ?? true {
            schema.minimum = NumericBound(exclusive, exclusive: true)
        }
        if let exclusive = node["exclusiveMaximum"]?.double, node["exclusiveMaximum"]?.bool == nil,
           schema.maximum.map({ exclusive <= $0.value }) ?? true {
            schema.maximum = NumericBound(exclusive, exclusive: true)
        }
    }

    /// A count keyword's value (`minLength`, `maxItems` …): an integer, or a float that is one (`1e8`, `3.0`), as
    /// JSON Schema counts `1.0` an integer; nil for anything else.
    private static func count(_ node: YAMLNode?) -> Int? {
        node?.integer ?? node?.double.flatMap { $0 == $0.rounded() ? Int(exactly: $0) : nil }
    }

    private func readStringAndArrayConstraints(of node: YAMLNode, into schema: inout Schema) {
        schema.minLength = Self.count(node["minLength"])
        schema.maxLength = Self.count(node["maxLength"])
        schema.pattern = node["pattern"]?.string
        schema.minItems = Self.count(node["minItems"])
        schema.maxItems = Self.count(node["maxItems"])
        schema.uniqueItems = node["uniqueItems"]?.bool ?? false
        readItems(of: node, into: &schema)
        schema.contains = node["contains"].map { self.schema($0) }
        schema.minContains = Self.count(node["minContains"])
        schema.maxContains = Self.count(node["maxContains"])
    }

    /// Draft 4's `items` (one schema, or an array of schemas by position) with `additionalItems`;
    /// 2020-12's `prefixItems` with `items` for the elements past them.
    private func readItems(of node: YAMLNode, into schema: inout Schema) {
        let items = node["items"]
        if let tuple = items?.sequence ?? node["prefixItems"]?.sequence {
            schema.tupleItems = tuple.map { self.schema($0) }
            let rest = items?.sequence == nil ? items : node["additionalItems"]
            schema.additionalItems = rest.map { additional($0) } ?? .allowed
        } else if let items {
            schema.items = self.schema(items)
        }
    }

    /// An `additionalProperties` or `additionalItems` value: a boolean or a schema.
    private func additional(_ node: YAMLNode) -> AdditionalProperties {
        guard let allowed = node.bool else { return .schema(schema(node)) }
        return allowed ? .allowed : .forbidden
    }

    private func readObjectConstraints(of node: YAMLNode, into schema: inout Schema) {
        schema.properties = node["properties"]?.mapping?.compactMap { pair in
            pair.key.string.map { SchemaProperty(name: $0, schema: self.schema(pair.value)) }
        } ?? []
        schema.required = node["required"]?.sequence?.compactMap(\.string) ?? []
        schema.patternProperties = node["patternProperties"]?.mapping?.compactMap { pair in
            pair.key.string.map { SchemaProperty(name: $0, schema: self.schema(pair.value)) }
        } ?? []
        if let additional = node["additionalProperties"] {
            schema.additionalProperties = self.additional(additional)
        }
        schema.minProperties = Self.count(node["minProperties"])
        schema.maxProperties = Self.count(node["maxProperties"])
        schema.propertyNames = node["propertyNames"].map { self.schema($0) }
        schema.dependencies = ["dependencies", "dependentRequired", "dependentSchemas"].flatMap { keyword in
            node[keyword]?.mapping?.compactMap { pair in
                pair.key.string.map { SchemaDependency(property: $0, requirement: dependency(pair.value)) }
            } ?? []
        }
    }

    /// A dependency's requirement: a list of property names, or a schema.
    private func dependency(_ node: YAMLNode) -> SchemaDependency.Requirement {
        guard let names = node.sequence else { return .schema(schema(node)) }
        return .properties(names.compactMap(\.string))
    }
}
