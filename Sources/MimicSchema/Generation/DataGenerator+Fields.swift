import MimicContracts

extension DataGenerator {
    /// What the field at `scope` holds: what its schema's `x-faker` names, when Mimic knows the method, else what
    /// its name says, read beside the name of the object it is in and the resource (``FieldMeaning``).
    func meaning(in scope: GenerationScope, faker: String? = nil) -> FieldMeaning? {
        if let kind = faker.flatMap(FieldReadings.shared.kind(ofFakerMethod:)) { return FieldMeaning(kind: kind) }
        return scope.fieldName.flatMap { FieldReadings.shared.meaning(ofField: $0, holder: scope.holderName, resource: scope.resource) }
    }

    /// The value a field of `meaning` (nil: nothing known) takes in `scope`, the field's own scope: what the
    /// entity shares (``EntityProfile``) where the kind is one of its facts, else drawn from `random`.
    func fieldValue(_ meaning: FieldMeaning?, in scope: GenerationScope, random: inout SeededRandom) -> JSONValue {
        guard let meaning else { return .string(SampleText.words(&random)) }
        if let shared = profileValue(meaning, in: scope, random: &random) { return shared }
        if let second = moment(meaning, in: scope, random: &random) { return .string(SampleText.dateTime(second: second)) }
        switch meaning.kind {
        case .identifier:
            guard scope.isEntityIdentifier else { return .integer(random.integer(in: 1...9999)) }
            return Int(scope.identity).map(JSONValue.integer) ?? .string(scope.identity)
        case .uuid: return .string(SampleText.uuid(&random))
        case .name: return .string(SampleText.entityName(for: scope.resource, random: &random))
        case .jobTitle: return .string(SampleText.jobTitle(&random))
        case .secondaryAddress: return .string(SampleText.secondaryAddress(&random))
        case .latitude: return .number(Self.rounded(random.fraction() * 130 - 60, places: 4))
        case .longitude: return .number(Self.rounded(random.fraction() * 360 - 180, places: 4))
        case .url: return .string(SampleText.url(for: scope, random: &random))
        case .imageURL: return .string(SampleText.imageURL(&random))
        case .ipAddress: return .string(SampleText.ipv4(&random))
        case .ipv6Address: return .string(SampleText.ipv6(&random))
        case .macAddress: return .string(SampleText.macAddress(&random))
        case .price: return .number(Double(random.integer(in: 100...49_999)) / 100)
        case .percentage: return .integer(random.integer(in: 0...100))
        case .color: return .string(SampleText.color(&random))
        case .byteSize: return .integer(random.integer(in: 1024...10_485_760))
        case .version: return .string(SampleText.version(&random))
        case .hash(let digits): return .string(SampleText.hex(&random, count: digits))
        case .productName: return .string(SampleText.productName(&random))
        case .sentence: return .string(random.element(of: SampleWords.sentences))
        case .title: return .string(random.element(of: SampleWords.titles))
        case .tag: return .string(random.element(of: SampleWords.tags))
        case .status: return .string(random.element(of: SampleWords.statuses))
        case .frequency: return .string(random.element(of: SampleWords.frequencies))
        case .duration: return .string(SampleText.duration(seconds: SampleText.durationSeconds(&random)))
        case .date: return .string(SampleText.date(&random))
        case .rating: return .integer(random.integer(in: 1...5))
        case .port: return .integer(random.integer(in: 1024...65_535))
        case .count: return .integer(random.integer(in: 0...100))
        case .page: return .integer(1)
        case .pageSize: return .integer(random.element(of: [10, 20, 25, 50, 100]))
        case .totalPages: return .integer(random.integer(in: 1...10))
        case .flag: return .bool(random.coin())
        case .phone: return .string(EntityProfile(of: scope, qualifier: meaning.qualifier, seed: seed).phone(&random))
        case .token: return .string(SampleText.hex(&random, count: 32))
        case .kind: return .string(random.element(of: SampleWords.kinds))
        default: return .string(SampleText.words(&random))
        }
    }

    /// The value of a kind that is a fact of the entity's ``EntityProfile`` (its name, place, company, file, dates),
    /// or nil for other kinds.
    private func profileValue(_ meaning: FieldMeaning, in scope: GenerationScope, random: inout SeededRandom) -> JSONValue? {
        let profile = { EntityProfile(of: scope, qualifier: meaning.qualifier, seed: self.seed) }
        switch meaning.kind {
        case .firstName: return .string(profile().firstName)
        case .lastName: return .string(profile().lastName)
        case .fullName: return .string(profile().fullName)
        case .username: return .string(profile().username)
        case .initials: return .string(profile().initials)
        case .email: return .string(profile().email)
        case .company: return .string(profile().company)
        case .streetAddress: return .string(profile().street)
        case .city: return .string(profile().place.city)
        case .region: return .string(profile().place.region)
        case .postalCode: return .string(profile().postalCode)
        case .country: return .string(profile().country.name)
        case .countryCode: return .string(profile().country.code)
        case .currency: return .string(profile().country.currency)
        case .language: return .string(profile().country.language)
        case .locale: return .string(profile().country.locale)
        case .timeZone: return .string(profile().country.timeZone)
        case .website: return .string("https://" + profile().domain)
        case .domain: return .string(profile().domain)
        case .fileName: return .string(profile().fileName)
        case .filePath: return .string(random.element(of: SampleWords.folders) + "/" + profile().fileName)
        case .fileExtension: return .string(SampleWords.fileTypes[profile().file.type].fileExtension)
        case .mimeType: return .string(SampleWords.fileTypes[profile().file.type].mimeType)
        case .birthDate: return .string(SampleText.date(day: profile().birthDay))
        case .age: return .integer(profile().age)
        case .year: return .integer(CivilDate(daysSinceEpoch: profile().createdSecond / 86_400).year)
        default: return nil
        }
    }

    /// The moment, in seconds since 1970, that a field of `meaning` marks: the entity's creation, an update after
    /// it, the start of its span and its end, or any moment from 2020 to 2025; nil for kinds that mark none.
    func moment(_ meaning: FieldMeaning, in scope: GenerationScope, random: inout SeededRandom) -> Int? {
        let profile = { EntityProfile(of: scope, qualifier: meaning.qualifier, seed: self.seed) }
        switch meaning.kind {
        case .created: return profile().createdSecond
        case .updated: return profile().updatedSecond(&random)
        case .start: return profile().startSecond
        case .end: return profile().endSecond
        case .dateTime: return SampleText.second(&random)
        default: return nil
        }
    }

    /// `value` rounded to `places` decimals.
    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
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
