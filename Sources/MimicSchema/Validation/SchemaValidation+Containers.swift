import MimicContracts

/// The keywords on arrays and objects.
extension SchemaValidation {
    mutating func checkArray(_ elements: [JSONValue], _ schema: Schema) {
        if let minimum = schema.minItems, elements.count < minimum {
            report(.minItems, "must have at least \(Self.count(minimum, "item")), found \(elements.count)", term: .limit(minimum))
        }
        if let maximum = schema.maxItems, elements.count > maximum {
            report(.maxItems, "must have at most \(Self.count(maximum, "item")), found \(elements.count)", term: .limit(maximum))
        }
        if schema.uniqueItems { checkUniqueness(of: elements) }
        if schema.tupleItems.isEmpty {
            if let items = schema.items {
                for (index, element) in elements.enumerated() { check(element, against: items, at: .index(index)) }
            }
        } else {
            checkTuple(elements, schema)
        }
        if let contains = schema.contains { checkContains(elements, contains, schema) }
    }

    /// `contains` with its counts: at least `minContains` (one when absent) and at most `maxContains` of the
    /// elements match it; the others are not faulted, since `contains` allows them.
    private mutating func checkContains(_ elements: [JSONValue], _ contains: Schema, _ schema: Schema) {
        let least = max(schema.minContains ?? 1, 0)
        var matches = 0
        for element in elements where trial(element, against: contains).isEmpty {
            matches += 1
            if matches >= least, schema.maxContains == nil { return }
        }
        if matches < least {
            if schema.minContains == nil {
                report(.contains, "must have at least one item that matches the schema under contains", term: .limit(1))
            } else {
                report(.minContains, "must have at least \(Self.count(least, "item")) matching the schema under contains, found \(matches)", term: .limit(least))
            }
        }
        if let most = schema.maxContains, matches > most {
            report(.maxContains, "must have at most \(Self.count(most, "item")) matching the schema under contains, found \(matches)", term: .limit(most))
        }
    }

    /// One violation per element equal to an earlier one, at the later element.
    private mutating func checkUniqueness(of elements: [JSONValue]) {
        var firstIndex: [JSONValue: Int] = [:]
        for (index, element) in elements.enumerated() {
            if let earlier = firstIndex[element.canonical] {
                report(.uniqueItems, "equals item \(earlier); items must be unique", at: .index(index))
            } else {
                firstIndex[element.canonical] = index
            }
        }
    }

    private mutating func checkTuple(_ elements: [JSONValue], _ schema: Schema) {
        for (index, element) in zip(elements.indices, elements) {
            if index < schema.tupleItems.count {
                check(element, against: schema.tupleItems[index], at: .index(index))
            } else if case .schema(let additional) = schema.additionalItems {
                check(element, against: additional, at: .index(index))
            }
        }
        if case .forbidden = schema.additionalItems, elements.count > schema.tupleItems.count {
            report(.additionalItems, "must have at most \(Self.count(schema.tupleItems.count, "item")), found \(elements.count); no additional items are allowed", term: .limit(schema.tupleItems.count))
        }
    }

    mutating func checkObject(_ members: [JSONMember], _ schema: Schema) {
        for name in schema.required where !members.contains(where: { $0.key == name }) && !isExempt(name, schema) {
            report(.required, "required property \(JSONValue.string(name).quoted) is missing", term: .property(name))
        }
        if let minimum = schema.minProperties, members.count < minimum {
            report(.minProperties, "must have at least \(Self.count(minimum, "property", plural: "properties")), found \(members.count)", term: .limit(minimum))
        }
        if let maximum = schema.maxProperties, members.count > maximum {
            report(.maxProperties, "must have at most \(Self.count(maximum, "property", plural: "properties")), found \(members.count)", term: .limit(maximum))
        }
        for property in schema.properties {
            guard let member = members.last(where: { $0.key == property.name }) else { continue }
            checkAccess(to: property)
            check(member.value, against: property.schema, at: .key(property.name))
        }
        checkOtherMembers(members, schema)
        checkDependencies(members, schema)
    }

    /// A required property that `direction` leaves out: read-only in a request, write-only in a response.
    private func isExempt(_ name: String, _ schema: Schema) -> Bool {
        guard let property = schema.properties.first(where: { $0.name == name }) else { return false }
        let declared = validator.schemas.resolve(property.schema)
        return direction == .request ? declared.readOnly : declared.writeOnly
    }

    /// A read-only property sent in a request, or a write-only one in a response.
    private mutating func checkAccess(to property: SchemaProperty) {
        let declared = validator.schemas.resolve(property.schema)
        let name = JSONValue.string(property.name).quoted
        if direction == .request, declared.readOnly {
            report(.readOnly, "property \(name) is read-only; leave it out of requests", at: .key(property.name))
        } else if direction == .response, declared.writeOnly {
            report(.writeOnly, "property \(name) is write-only; it must not appear in responses", at: .key(property.name))
        }
    }

    /// Members in the value's order: their names against `propertyNames`; those `patternProperties` match against
    /// the matching schemas; those neither declared nor matched against `additionalProperties`.
    private mutating func checkOtherMembers(_ members: [JSONMember], _ schema: Schema) {
        let additionalAllowed = if case .allowed = schema.additionalProperties { true } else { false }
        guard schema.propertyNames != nil || !schema.patternProperties.isEmpty || !additionalAllowed else { return }
        // The declared properties not given, which a forbidden member may misspell; worked out at the first one.
        var unsent: [String]?
        for member in members {
            if let names = schema.propertyNames, let reason = firstViolation(ofName: member.key, against: names) {
                report(.propertyNames, "property name \(JSONValue.string(member.key).quoted) is not allowed: \(reason.message)", at: .key(member.key))
            }
            var matched = schema.properties.contains { $0.name == member.key }
            for property in schema.patternProperties where validator.patterns.text(member.key, matches: property.name) {
                matched = true
                check(member.value, against: property.schema, at: .key(member.key))
            }
            guard !matched else { continue }
            switch schema.additionalProperties {
            case .allowed: break
            case .schema(let additional): check(member.value, against: additional, at: .key(member.key))
            case .forbidden:
                var message = "property \(JSONValue.string(member.key).quoted) is not allowed"
                if unsent == nil {
                    let given = Set(members.map(\.key))
                    unsent = schema.properties.map(\.name).filter { !given.contains($0) }
                }
                if let suggestion = EditDistance.suggestion(for: member.key, among: unsent ?? []) {
                    message += "; did you mean \(JSONValue.string(suggestion).quoted)?"
                }
                report(.additionalProperties, message, term: .property(member.key), at: .key(member.key))
            }
        }
    }

    private mutating func checkDependencies(_ members: [JSONMember], _ schema: Schema) {
        for dependency in schema.dependencies where members.contains(where: { $0.key == dependency.property }) {
            switch dependency.requirement {
            case .properties(let names):
                for name in names where !members.contains(where: { $0.key == name }) {
                    report(.dependencies, "property \(JSONValue.string(name).quoted) is required when \(JSONValue.string(dependency.property).quoted) is present")
                }
            case .schema(let dependent):
                check(.object(members), against: dependent)
            }
        }
    }
}
