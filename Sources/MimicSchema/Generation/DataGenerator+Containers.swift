import MimicContracts

extension DataGenerator {
    /// The usual number of array items: two, within `minItems`/`maxItems`.
    static let usualItemCount = 2

    /// An object with every declared property in order (`writeOnly` ones left out; only required ones when the
    /// trail is minimal), required names the schema does not declare filled in by name, and one `key` entry
    /// (more for `minProperties`) when only `additionalProperties` describes the members.
    func object(_ schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        let mode = trail.mode
        if mode != .full, schema.allowsNull { return .null }
        guard mode != .exhausted else { return .object([]) }
        let inner = trail.descending()
        var members: [JSONMember] = []
        for property in schema.properties where mode == .full || schema.required.contains(property.name) {
            guard !property.schema.writeOnly, !schemas.resolve(property.schema).writeOnly else { continue }
            members.append(JSONMember(property.name, generate(property.schema, in: scope.appending(property.name), trail: inner)))
        }
        if case .forbidden = schema.additionalProperties {
            return .object(members)
        }
        for name in schema.required where !schema.properties.contains(where: { $0.name == name }) {
            members.append(JSONMember(name, value(forField: name, in: scope)))
        }
        if schema.properties.isEmpty, case .schema(let additional) = schema.additionalProperties {
            let count = max(mode == .full ? 1 : 0, schema.minProperties ?? 0)
            for index in 0..<count {
                let key = index == 0 ? "key" : "key\(index + 1)"
                members.append(JSONMember(key, generate(additional, in: scope.appending(key), trail: inner)))
            }
        }
        return .object(members)
    }

    /// An array of `max(minItems, min(maxItems, 2))` items (`minItems` when the trail is minimal), each generated
    /// in the scope of its index; with `uniqueItems`, a duplicate is regenerated in a few other scopes, then dropped.
    func array(_ schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        let mode = trail.mode
        if mode != .full, schema.allowsNull { return .null }
        guard mode != .exhausted else { return .array([]) }
        let minimum = max(schema.minItems ?? 0, 0)
        let count = mode == .full ? max(minimum, min(schema.maxItems ?? Self.usualItemCount, Self.usualItemCount)) : minimum
        let items = schema.items ?? Schema()
        let inner = trail.descending()
        var elements: [JSONValue] = []
        elements.reserveCapacity(count)
        for index in 0..<count {
            let element = generate(items, in: scope.appending(String(index)), trail: inner)
            guard schema.uniqueItems, elements.contains(element) else {
                elements.append(element)
                continue
            }
            let retry = (1...8).lazy
                .map { self.generate(items, in: scope.appending(String(index)).appending(String($0)), trail: inner) }
                .first { !elements.contains($0) }
            if let retry { elements.append(retry) }
        }
        return .array(elements)
    }
}

private extension Schema {
    /// Whether `null` is an allowed value: `nullable`, or the `null` type.
    var allowsNull: Bool {
        nullable || types.contains(.null)
    }
}
