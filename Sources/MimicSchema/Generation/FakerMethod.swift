/// The Faker methods a schema's `x-faker` may name (the extension Prism users write: `x-faker: name.firstName`),
/// in Faker's older spellings and the newer `person.*`, `location.*`, `string.*` and `number.*` ones, each read as
/// the ``FieldKind`` Mimic generates for it.
enum FakerMethod {
    /// The kind `name` stands for (`internet.email`, `person.firstName()`), in any case; nil for a method Mimic
    /// does not know, which `mimic lint` warns about and generation ignores.
    static func kind(named name: String) -> FieldKind? {
        var method = name.lowercased()
        if method.hasSuffix("()") { method.removeLast(2) }
        return kinds[method]
    }

    private static let kinds: [String: FieldKind] = {
        var kinds: [String: FieldKind] = [:]
        for (kind, names) in methods {
            for name in names { kinds[name.lowercased()] = kind }
        }
        return kinds
    }()

    private static let methods: [(FieldKind, [String])] = [
        (.firstName, ["name.firstName", "person.firstName"]),
        (.lastName, ["name.lastName", "person.lastName"]),
        (.fullName, ["name.findName", "name.fullName", "person.fullName", "name.name"]),
        (.jobTitle, ["name.jobTitle", "person.jobTitle"]),
        (.email, ["internet.email", "internet.exampleEmail"]),
        (.username, ["internet.userName", "internet.username", "internet.displayName"]),
        (.website, ["internet.url"]),
        (.domain, ["internet.domainName"]),
        (.ipAddress, ["internet.ip", "internet.ipv4"]),
        (.ipv6Address, ["internet.ipv6"]),
        (.macAddress, ["internet.mac"]),
        (.imageURL, ["internet.avatar", "image.avatar", "image.imageUrl", "image.url", "image.image"]),
        (.color, ["internet.color", "color.rgb"]),
        (.token, ["internet.password", "random.alphaNumeric", "string.alphanumeric", "internet.jwt"]),
        (.city, ["address.city", "location.city", "address.cityName"]),
        (.streetAddress, ["address.streetAddress", "location.streetAddress", "address.street", "location.street"]),
        (.secondaryAddress, ["address.secondaryAddress", "location.secondaryAddress"]),
        (.postalCode, ["address.zipCode", "location.zipCode", "address.postcode"]),
        (.country, ["address.country", "location.country"]),
        (.countryCode, ["address.countryCode", "location.countryCode"]),
        (.region, ["address.state", "location.state", "address.county", "location.county"]),
        (.latitude, ["address.latitude", "location.latitude"]),
        (.longitude, ["address.longitude", "location.longitude"]),
        (.timeZone, ["address.timeZone", "location.timeZone"]),
        (.phone, ["phone.phoneNumber", "phone.number"]),
        (.company, ["company.companyName", "company.name"]),
        (.productName, ["commerce.productName", "commerce.product"]),
        (.price, ["commerce.price", "finance.amount"]),
        (.currency, ["finance.currencyCode"]),
        (.sentence, ["lorem.sentence", "lorem.paragraph", "lorem.text", "lorem.sentences", "commerce.productDescription"]),
        (.title, ["lorem.words", "company.catchPhrase"]),
        (.tag, ["lorem.word", "random.word", "word.noun", "commerce.department"]),
        (.uuid, ["datatype.uuid", "string.uuid", "random.uuid"]),
        (.flag, ["datatype.boolean"]),
        (.count, ["datatype.number", "number.int", "random.number"]),
        (.dateTime, ["datatype.datetime", "date.past", "date.recent", "date.future", "date.soon", "date.anytime"]),
        (.birthDate, ["date.birthdate"]),
        (.fileName, ["system.fileName", "system.commonFileName"]),
        (.fileExtension, ["system.fileExt", "system.commonFileExt"]),
        (.mimeType, ["system.mimeType"]),
        (.version, ["system.semver"]),
        (.hash(digits: 40), ["git.commitSha"]),
        (.language, ["locale.languageCode"]),
    ]
}
