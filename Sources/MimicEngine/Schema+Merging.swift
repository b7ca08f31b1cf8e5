import MimicContracts

extension Schema {
    /// Takes in one resolved, flattened `allOf` part: its properties and required names are added (a property
    /// declared by both must match both), and every other keyword this schema leaves unset is taken from the part.
    /// A part's examples are taken only for a part that is not an object, since they would show only its share.
    mutating func absorb(_ part: Schema) {
        for property in part.properties {
            if let index = properties.firstIndex(where: { $0.name == property.name }) {
                var both = Schema()
                both.allOf = [properties[index].schema, property.schema]
                properties[index].schema = both
            } else {
                properties.append(property)
            }
        }
        required += part.required.filter { !required.contains($0) }
        if types.isEmpty { types = part.types }
        if examples.isEmpty, DataGenerator.effectiveType(of: part) != .object { examples = part.examples }
        if oneOf.isEmpty { oneOf = part.oneOf }
        if anyOf.isEmpty { anyOf = part.anyOf }
        if case .allowed = additionalProperties { additionalProperties = part.additionalProperties }
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
        items = items ?? part.items
        minProperties = minProperties ?? part.minProperties
        maxProperties = maxProperties ?? part.maxProperties
        discriminator = discriminator ?? part.discriminator
    }
}
