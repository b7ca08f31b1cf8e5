import MimicContracts

extension DataGenerator {
    /// The usual number of array items: two, within `minItems`/`maxItems`.
    static let usualItemCount = 2

    /// An object with every declared property in order (`writeOnly` ones left out; only required ones when the
    /// trail is minimal), required names the schema does not declare filled in by name, and one `key` entry
    /// (more for `minProperties`, up to ``GenerationLimits/objectProperties``) when only `additionalProperties`
    /// describes the members. Entries stop once the trail's budget is spent. A page's counts agree with its list
    /// (``reconcilePagination(_:of:request:)``); a listed item holds what the request filters, and the entity a
    /// create answers what it submits (``GenerationRequest``).
    func object(_ schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        let mode = trail.mode
        if mode != .full, schema.allowsNull { return .null }
        guard mode != .exhausted else { return .object([]) }
        var inner = trail.descending()
        let isEntity = if case .entity = scope.binding, scope.path.isEmpty { true } else { false }
        let envelopeRequest = trail.isAtRoot && !isEntity ? trail.request : nil
        inner.request = envelopeRequest
        let budget = trail.budget
        budget.spend(2)
        var members: [JSONMember] = []
        func append(_ key: String, _ value: JSONValue) {
            budget.spend(key.utf8.count + 4)
            members.append(JSONMember(key, value))
        }
        for property in schema.properties where mode == .full || schema.required.contains(property.name) {
            guard !property.schema.writeOnly, !schemas.resolve(property.schema).writeOnly else { continue }
            append(property.name, generate(property.schema, in: scope.appending(property.name), trail: inner))
        }
        if let request = trail.request {
            if let item = trail.listedItem {
                filter(&members, of: schema, as: request.filters, item: item)
            } else if isEntity {
                echo(request.submitted, into: &members, of: schema, in: scope)
            }
        }
        reconcilePagination(&members, of: schema, request: envelopeRequest)
        if case .forbidden = schema.additionalProperties {
            return .object(members)
        }
        for name in schema.required where !schema.properties.contains(where: { $0.name == name }) {
            append(name, budget.counted(value(forField: name, in: scope)))
        }
        if schema.properties.isEmpty, case .schema(let additional) = schema.additionalProperties {
            let count = min(max(mode == .full ? 1 : 0, schema.minProperties ?? 0), GenerationLimits.objectProperties)
            for index in 0..<count where !budget.isSpent {
                let key = index == 0 ? "key" : "key\(index + 1)"
                append(key, generate(additional, in: scope.appending(key), trail: inner))
            }
        }
        return .object(members)
    }

    /// An array of `max(minItems, min(maxItems, 2))` items (as many as the request's list asks, within those
    /// bounds, from the position its page starts at; `minItems` when the trail is minimal), the first
    /// `minContains` of them (one when absent) generated from `contains` when there is one, at most
    /// ``GenerationLimits/arrayItems`` and fewer once the trail's budget is spent, each generated in the scope of its
    /// index (entities in their own, with distinct identities); with `uniqueItems`, a duplicate is regenerated in a few other scopes, then dropped.
    func array(_ schema: Schema, in scope: GenerationScope, trail: SchemaTrail) -> JSONValue {
        let mode = trail.mode
        if mode != .full, schema.allowsNull { return .null }
        guard mode != .exhausted else { return .array([]) }
        let containing = schema.contains == nil ? 0 : min(max(schema.minContains ?? 1, 0), GenerationLimits.arrayItems)
        let minimum = min(max(schema.minItems ?? 0, containing, 0), GenerationLimits.arrayItems)
        let listing = trail.listedItem == nil ? trail.request : nil
        let wanted = listing?.itemCount
        let start = min(listing?.firstItem ?? 0, GenerationLimits.listOffset)
        let usual = wanted.map { min(max($0, minimum), schema.maxItems ?? .max, GenerationLimits.arrayItems) }
            ?? min(schema.maxItems ?? Self.usualItemCount, Self.usualItemCount)
        let count = mode == .full ? max(minimum, usual) : minimum
        let items = schema.items ?? Schema()
        let inner = trail.descending()
        let budget = trail.budget
        budget.spend(2)
        let (identities, resource) = elementIdentities(of: items, count: count, from: start, in: scope)
        var elements: [JSONValue] = []
        elements.reserveCapacity(count)
        for index in 0..<count where !budget.isSpent {
            budget.spend(1)
            let elementScope = elementScope(index, from: start, identities: identities, resource: resource, in: scope)
            var itemTrail = inner
            if let request = listing {
                (itemTrail.request, itemTrail.listedItem) = (request, index)
            }
            let element = generate(index < containing ? schema.contains ?? items : items, in: elementScope, trail: itemTrail)
            guard schema.uniqueItems, elements.contains(element) else {
                elements.append(element)
                continue
            }
            let retry = (1...8).lazy
                .map { self.generate(items, in: elementScope.appending(String($0)), trail: itemTrail) }
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
