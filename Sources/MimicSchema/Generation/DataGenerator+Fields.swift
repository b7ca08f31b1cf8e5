import MimicContracts

extension DataGenerator {
    /// The value a field of `kind` (nil: nothing known) takes in `scope`, the field's own scope.
    func fieldValue(_ kind: FieldKind?, in scope: GenerationScope, random: inout SeededRandom) -> JSONValue {
        switch kind {
        case .identifier:
            guard scope.isEntityIdentifier else { return .integer(random.integer(in: 1...9999)) }
            return Int(scope.identity).map(JSONValue.integer) ?? .string(scope.identity)
        case .uuid: return .string(SampleText.uuid(&random))
        case .name: return .string(SampleText.entityName(for: scope.resource, random: &random))
        case .email: return .string(SampleText.email(&random))
        case .url: return .string(SampleText.url(for: scope, random: &random))
        case .dateTime: return .string(SampleText.dateTime(&random))
        case .sentence: return .string(SampleText.sentence(&random))
        case .byteSize: return .integer(random.integer(in: 1024...10_485_760))
        case .count: return .integer(random.integer(in: 0...100))
        case .flag: return .bool(random.coin())
        case .status: return .string("active")
        case .phone: return .string("+1-555-01" + String(random.integer(in: 10...99)))
        case .token: return .string(SampleText.hex(&random, count: 32))
        case .kind: return .string(random.element(of: SampleWords.kinds))
        case nil: return .string(SampleText.words(&random))
        }
    }

    /// The value of the entity's own `id` field when `schema` admits the identity: a number for a numeric
    /// identity and a numeric schema, the identity itself for a plain string schema; nil otherwise.
    func identityValue(for schema: Schema, identity: String) -> JSONValue? {
        guard schema.enumValues == nil, schema.constValue == nil else { return nil }
        switch schema.effectiveType {
        case .integer, .number:
            guard let number = Int(identity) else { return nil }
            let value = Double(number)
            let aboveMinimum = schema.minimum.map { $0.exclusive ? value > $0.value : value >= $0.value } ?? true
            let belowMaximum = schema.maximum.map { $0.exclusive ? value < $0.value : value <= $0.value } ?? true
            guard aboveMinimum, belowMaximum else { return nil }
            return .integer(number)
        case .string:
            let plain = schema.pattern == nil && (schema.format == nil || schema.format == StringFormat.uuid.rawValue && FormatChecker.isUUID(identity))
            let fits = identity.count >= (schema.minLength ?? 0) && identity.count <= (schema.maxLength ?? .max)
            return plain && fits ? .string(identity) : nil
        case .boolean, .array, .object, .null:
            return nil
        }
    }
}
