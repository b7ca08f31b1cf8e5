extension Schema {
    /// Takes in one resolved, flattened `allOf` part: its properties and required names are added (a property
    /// declared by both must match both), and every other keyword this schema leaves unset is taken from the part.
    /// Arrays' items and additional properties declared by both must match both too.
    /// A part's examples are taken only for a part that is not an object, since they would show only its share.
    mutating func absorb(_ part: Schema) {
        for property in part.properties {
            if let index = properties.firstIndex(where: { $0.name == property.name }) {
                properties[index].schema = .both(properties[index].schema, property.schema)
            } else {
                properties.append(property)
            }
        }
        required += part.required.filter { !required.contains($0) }
        if types.isEmpty { types = part.types }
        if examples.isEmpty, part.effectiveType != .object { examples = part.examples }
        if oneOf.isEmpty { oneOf = part.oneOf }
        if anyOf.isEmpty { anyOf = part.anyOf }
        if let own = items, let theirs = part.items { items = .both(own, theirs) }
        switch (additionalProperties, part.additionalProperties) {
        case (.allowed, let theirs): additionalProperties = theirs
        case (.schema(let own), .schema(let theirs)): additionalProperties = .schema(.both(own, theirs))
        default: break
        }
        readOnly = readOnly || part.readOnly
        writeOnly = writeOnly || part.writeOnly
        absorbUnsetKeywords(of: part)
    }

    private mutating func absorbUnsetKeywords(of part: Schema) {
        format = format ?? part.format
        enumValues = enumValues ?? part.enumValues
        constValue = constValue ?? part.constValue
        defaultValue = defaultValue ?? part.defaultValue
        minimum = minimum ?? part.minimum
        maximum = maximum ?? part.maximum
        multipleOf = multipleOf ?? part.multipleOf
        minLength = minLength ?? part.minLength
        maxLength = maxLength ?? part.maxLength
        pattern = pattern ?? part.pattern
        minItems = minItems ?? part.minItems
        maxItems = maxItems ?? part.maxItems
        uniqueItems = uniqueItems || part.uniqueItems
        contains = contains ?? part.contains
        minContains = minContains ?? part.minContains
        maxContains = maxContains ?? part.maxContains
        items = items ?? part.items
        minProperties = minProperties ?? part.minProperties
        maxProperties = maxProperties ?? part.maxProperties
        discriminator = discriminator ?? part.discriminator
        xml = xml ?? part.xml
        faker = faker ?? part.faker
    }
}

private extension Schema {
    /// A schema that requires both `first` and `second`.
    static func both(_ first: Schema, _ second: Schema) -> Schema {
        var schema = Schema()
        schema.allOf = [first, second]
        return schema
    }
}
