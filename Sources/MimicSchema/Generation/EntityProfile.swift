/// The facts the fields of one entity share, so that they agree: a person's name behind its email and username,
/// one country behind its code, city, postal code, phone and currency, a file's name beside its MIME type, a
/// creation date before the last update, a start before its end and an age that matches the birth date.
///
/// A profile derives only from the seed and the object the field is in (its resource, identity and path), plus the
/// field's ``FieldMeaning/qualifier``: `billing_city` and `billing_country` share a profile, `shipping_city` has
/// another, and so does each item of an array. Each field still draws what is its own (how long after creation an
/// update came) from its own generator, so declaring one more field changes no other.
struct EntityProfile {
    /// The day generated ages are counted to, and the end of the span generated dates come from: 2026-01-01.
    static let referenceSecond = 1_767_225_600
    /// 2020-01-01: the earliest creation.
    private static let earliestSecond = 1_577_836_800
    private static let day = 86_400

    let firstName: String
    let lastName: String
    let company: String
    let country: SampleCountry
    let place: (city: String, region: String)
    /// The street address (`742 Maple Street`).
    let street: String
    /// `(stem, index in SampleWords.fileTypes)` of the entity's file.
    let file: (stem: String, type: Int)
    let birthDay: Int
    let createdSecond: Int
    let startSecond: Int
    let endSecond: Int
    /// In the country's shape (`69002`, `K1A 0B1`).
    let postalCode: String
    private let usernameStyle: Int
    private let usernameNumber: Int

    /// The profile of the object holding the field at `scope`, for fields qualified by `qualifier`.
    init(of scope: GenerationScope, qualifier: [String], seed: UInt64) {
        var owner = scope
        while let last = owner.path.last, GenerationScope.isIndex(last) {
            owner.path.removeLast()
        }
        if !owner.path.isEmpty { owner.path.removeLast() }
        var random = owner.appending("@profile " + qualifier.joined(separator: " ")).random(seed: seed)
        firstName = random.element(of: SampleWords.firstNames)
        lastName = random.element(of: SampleWords.lastNames)
        company = random.element(of: SampleWords.companyStems) + " " + random.element(of: SampleWords.companySuffixes)
        country = random.element(of: SampleCountry.all)
        place = random.element(of: country.places)
        street = String(random.integer(in: 1...2400)) + " " + random.element(of: SampleWords.streetNames) + " "
            + random.element(of: SampleWords.streetSuffixes)
        file = (random.element(of: SampleWords.fileStems), random.integer(in: 0...SampleWords.fileTypes.count - 1))
        birthDay = random.integer(in: -5479...13_148)
        createdSecond = random.integer(in: Self.earliestSecond...Self.referenceSecond - 200 * Self.day)
        startSecond = createdSecond + random.integer(in: 0...60 * Self.day)
        endSecond = startSecond + random.integer(in: Self.day...120 * Self.day)
        usernameStyle = random.integer(in: 0...2)
        usernameNumber = random.integer(in: 1...99)
        postalCode = String(country.postalCodeShape.map { shape -> Character in
            switch shape {
            case "#": Character(String(random.integer(in: 0...9)))
            case "A": random.element(of: Array("ABCDEFGHJKLMNPRSTUVWXY"))
            default: shape
            }
        })
    }

    var fullName: String { firstName + " " + lastName }

    var initials: String { String(firstName.prefix(1) + lastName.prefix(1)) }

    /// `alice.smith`, `asmith` or `alice_smith42`, from the name.
    var username: String {
        let first = firstName.lowercased(), last = lastName.lowercased()
        switch usernameStyle {
        case 0: return first + "." + last
        case 1: return String(first.prefix(1)) + last
        default: return first + "_" + last + String(usernameNumber)
        }
    }

    /// `alice.smith@example.com`, from the name.
    var email: String {
        firstName.lowercased() + "." + lastName.lowercased() + "@example.com"
    }

    /// The company's host under `example.com` (`northwind-logistics.example.com`).
    var domain: String {
        company.lowercased().replacingSpaces(with: "-") + ".example.com"
    }

    var fileName: String { file.stem + "." + SampleWords.fileTypes[file.type].fileExtension }

    /// A number in the country's format, its subscriber part in the `555` range kept for fiction (`+49 30 555 0172`).
    func phone(_ random: inout SeededRandom) -> String {
        "+" + country.callingCode + " " + String(random.integer(in: 20...989)) + " 555 01" + String(random.integer(in: 10...99))
    }

    /// The age in whole years on ``referenceSecond``.
    var age: Int {
        let birth = CivilDate(daysSinceEpoch: birthDay)
        let reference = CivilDate(daysSinceEpoch: Self.referenceSecond / Self.day)
        let hadBirthday = (reference.month, reference.day) >= (birth.month, birth.day)
        return reference.year - birth.year - (hadBirthday ? 0 : 1)
    }

    /// A moment after creation (up to 180 days, never past ``referenceSecond``), for an update.
    func updatedSecond(_ random: inout SeededRandom) -> Int {
        createdSecond + random.integer(in: 0...min(180 * Self.day, Self.referenceSecond - createdSecond))
    }
}

private extension String {
    func replacingSpaces(with separator: Character) -> String {
        String(map { $0 == " " ? separator : $0 })
    }
}
