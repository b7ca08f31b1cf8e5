import MimicContracts

/// allOf, anyOf, oneOf, not, and the discriminator that picks one alternative.
extension SchemaValidation {
    mutating func checkComposition(of value: JSONValue, _ schema: Schema) {
        for part in schema.allOf { check(value, against: part) }
        if let discriminator = schema.discriminator, case .object(let members) = value,
           !(schema.oneOf.isEmpty && schema.anyOf.isEmpty) {
            checkDiscriminated(members, discriminator, alternatives: schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf)
        } else {
            if !schema.anyOf.isEmpty { checkAlternatives(of: value, schema.anyOf, keyword: .anyOf) }
            if !schema.oneOf.isEmpty { checkAlternatives(of: value, schema.oneOf, keyword: .oneOf) }
        }
        if let not = schema.not, trial(value, against: not).isEmpty {
            report(.not, "must not match the schema under not")
        }
    }

    /// One violation when no alternative matches (naming the closest one's reasons), or, for `oneOf`, when
    /// several do and the discriminator does not name one of them.
    private mutating func checkAlternatives(of value: JSONValue, _ alternatives: [Schema], keyword: ViolationCode) {
        var matching: [Int] = []
        var closest: (index: Int, reasons: [SchemaViolation], distance: (Int, Int))?
        for (index, alternative) in alternatives.enumerated() {
            let reasons = trial(value, against: alternative)
            if reasons.isEmpty {
                matching.append(index)
                if keyword == .anyOf { return }
                continue
            }
            let here = pointer()
            let distance = (reasons.contains { $0.code == .type && $0.pointer == here } ? 1 : 0, reasons.count)
            if closest.map({ distance < $0.distance }) ?? true { closest = (index, reasons, distance) }
        }
        if matching.count > 1 {
            guard Self.namedAlternative(among: matching, of: alternatives, by: value, in: validator.schemas) == nil else { return }
            let numbers = matching.map { "#\($0 + 1)" }.joined(separator: ", ")
            report(keyword, "matches \(matching.count) alternatives of \(keyword) (\(numbers)) but must match exactly one")
        } else if matching.isEmpty, let closest {
            let here = pointer()
            report(keyword, "matches none of the \(alternatives.count) alternatives of \(keyword); the closest, #\(closest.index + 1), fails: \(Self.summary(of: closest.reasons, at: here))")
        }
    }

    /// The one alternative among several `matching` that `value`'s discriminator property names, nil when not
    /// exactly one does: open alternatives (a `Cat` and a `Dog` that both allow any property) all match a value,
    /// and the discriminator their schema or their `allOf` base declares (`mapping`, else the schema's name, as
    /// OpenAPI 3 and Swagger 2 both name it) says which one it is.
    private static func namedAlternative(among matching: [Int], of alternatives: [Schema], by value: JSONValue, in schemas: SchemaRegistry) -> Int? {
        guard case .object(let members) = value else { return nil }
        let named = matching.filter { index in
            guard let key = alternatives[index].reference else { return false }
            let resolved = schemas.resolve(alternatives[index])
            let own = resolved.oneOf.isEmpty && resolved.anyOf.isEmpty ? resolved.discriminator.map { [$0] } ?? [] : []
            return (own + schemas.flattened(alternatives[index]).inheritedDiscriminators).contains { discriminator in
                members.last { $0.key == discriminator.propertyName }?.value == .string(discriminator.value(selecting: key))
            }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The first two reasons, each after its pointer relative to `here` (the current value's) when deeper.
    private static func summary(of reasons: [SchemaViolation], at here: String) -> String {
        let shown = reasons.prefix(2).map { reason in
            reason.pointer == here ? reason.message : String(reason.pointer.dropFirst(here.count)) + ": " + reason.message
        }
        let more = reasons.count > 2 ? "; and \(reasons.count - 2) more" : ""
        return shown.joined(separator: "; ") + more
    }

    /// The alternative the discriminator property names (by `mapping`, else by schema name) is the only one checked.
    private mutating func checkDiscriminated(_ members: [JSONMember], _ discriminator: Discriminator, alternatives: [Schema]) {
        var kinds = discriminator.mapping.map { (name: $0.value, reference: $0.reference) }
        for reference in alternatives.compactMap(\.reference) {
            let name = Discriminator.schemaName(of: reference)
            if !kinds.contains(where: { $0.name == name }) { kinds.append((name, reference)) }
        }
        let allowed = kinds.map { JSONValue.string($0.name) }
        let property = discriminator.propertyName
        guard let member = members.last(where: { $0.key == property }) else {
            let listed = allowed.map(\.listed).joined(separator: ", ")
            return report(.discriminator, "required property \(JSONValue.string(property).quoted) is missing; it names the kind of object: one of \(listed)", allowed: allowed)
        }
        guard case .string(let name) = member.value, let kind = kinds.first(where: { $0.name == name }) else {
            return report(.discriminator, Self.notOneOf(member.value, allowed), allowed: allowed, at: .key(property))
        }
        check(.object(members), against: .reference(kind.reference))
    }
}
