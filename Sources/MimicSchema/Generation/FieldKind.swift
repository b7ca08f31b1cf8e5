/// What a field holds, guessed from its name (`created_at`, `isActive`, `billing_postal_code` …) or named by its
/// schema's `x-faker`, so that generated data looks like what a real API would send. ``FieldMeaning`` reads a name;
/// the table of names is ``FieldKind/bySuffix``.
enum FieldKind: Sendable, Hashable {
    /// `id`, `*_id`, `*Id`.
    case identifier
    /// `uuid`, `guid`, `*_uuid`, `*_guid`.
    case uuid
    /// `name` of an entity that is neither a person, a company, a product nor a file (`Nightly Backup 17`).
    case name
    case firstName
    case lastName
    /// `full_name`, `display_name`, `author`, and `name` of a person (`customer_name`, `users/{id}.name`).
    case fullName
    case username
    case initials
    case email
    /// `company`, `organization`, and `name` of a company.
    case company
    case jobTitle
    /// `street`, `address`, `address_line1`.
    case streetAddress
    /// `address_line2`, `suite`.
    case secondaryAddress
    case city
    /// `zip`, `postal_code`, `postcode`.
    case postalCode
    /// `country`: the country's English name.
    case country
    /// `country_code`: ISO 3166-1 alpha-2.
    case countryCode
    /// `region`, `province`.
    case region
    case latitude
    case longitude
    case phone
    /// `url`, `href`, `link`: the entity's own address.
    case url
    /// `website`, `homepage`: the entity's company's site.
    case website
    /// `avatar`, `image_url`, `thumbnail`, `logo`.
    case imageURL
    /// `domain`, `hostname`, `host`.
    case domain
    /// `ip`, `ip_address`, `ipv4`.
    case ipAddress
    case ipv6Address
    case macAddress
    /// `currency`: ISO 4217.
    case currency
    /// `price`, `amount`, `cost`, `balance`: two decimals.
    case price
    case percentage
    /// `color`, `colour`: `#rrggbb`.
    case color
    case fileName
    case fileExtension
    /// `mime_type`, `content_type`.
    case mimeType
    /// `size`, `*_size`, `bytes`: an amount of bytes.
    case byteSize
    /// `version`: `1.4.2`.
    case version
    /// `md5`, `sha1`, `sha256`, `checksum`, `etag`: hexadecimal digits, as many as the hash has.
    case hash(digits: Int)
    /// `product`, `product_name`, and `name` of a product.
    case productName
    /// `description`, `summary`, `notes`, `comment`, `bio`, `message`.
    case sentence
    /// `title`, `headline`, `subject`.
    case title
    /// `tag`, `tags`, `labels`, `category`.
    case tag
    /// `status`, `state`, `result`.
    case status
    /// `frequency`, `schedule`: `daily`, `weekly` ….
    case frequency
    /// `path`, `directory`: an absolute path to the entity's file.
    case filePath
    /// `language`, `lang`: ISO 639-1.
    case language
    /// `locale`: a BCP 47 tag (`fr-FR`).
    case locale
    /// `timezone`, `time_zone`, `tz`: an IANA name.
    case timeZone
    /// `duration`, `timeout`, `ttl`, `interval`: ISO 8601 for a string, seconds for a number.
    case duration
    /// `*_at`, `*datetime*`, `timestamp`, `expires`.
    case dateTime
    /// `date`, `*_date`: an RFC 3339 full-date.
    case date
    /// `created`, `created_at`, `creation_date`: when the entity was made.
    case created
    /// `updated`, `updated_at`, `modified`: not before ``created``.
    case updated
    /// `start`, `starts_at`, `start_date`.
    case start
    /// `end`, `ends_at`, `end_date`: after ``start``.
    case end
    /// `birth_date`, `date_of_birth`, `birthday`, `dob`.
    case birthDate
    /// `age`: in years, as of the entity's ``birthDate``.
    case age
    case year
    /// `rating`, `stars`: 1 to 5.
    case rating
    case port
    /// `count`, `total`, `quantity`, `*_count`: a small non-negative number.
    case count
    /// `page`, `current_page`.
    case page
    /// `per_page`, `page_size`, `limit`.
    case pageSize
    /// `total_pages`, `page_count`.
    case totalPages
    /// `is_*`, `has_*`, `force_*`, `enabled`, `published`, `active`, `*_flag`.
    case flag
    /// `token`, `*_token`, `api_key`, `secret`.
    case token
    /// `type`, `kind`, `*_type`.
    case kind

    /// The kind a field called `name` holds, whatever its parent, or nil when the name says nothing.
    init?(fieldName name: String) {
        guard let meaning = FieldReadings.shared.meaning(ofField: name, holder: nil, resource: "") else { return nil }
        self = meaning.kind
    }

    /// The lower-case words of a snake_case, kebab-case or camelCase name (`ownerURL` → `owner`, `url`).
    static func words(of name: String) -> [String] {
        asciiWords(of: name) ?? unicodeWords(of: name)
    }

    /// ``words(of:)`` for an ASCII name, read on its bytes (no Unicode property is looked up); nil for any other.
    /// Each ASCII character is one byte (`\r\n`, the one pair that is a single `Character`, separates words either
    /// way), so the words are those ``unicodeWords(of:)`` finds.
    private static func asciiWords(of name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0, previous: UInt8 = 0
            func appendWord(upTo end: Int) {
                if end > start { words.append(String(unsafeUninitializedCapacity: end - start) { buffer in
                    for index in start..<end { buffer[index - start] = isUppercase(bytes[index]) ? bytes[index] | 0x20 : bytes[index] }
                    return end - start
                }) }
            }
            for (index, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                if !isUppercase(byte) && !isLowercase(byte) && !isDigit(byte) {
                    appendWord(upTo: index)
                    start = index + 1
                } else if isUppercase(byte), isLowercase(previous) || isDigit(previous), index > start {
                    appendWord(upTo: index)
                    start = index
                }
                previous = byte
            }
            appendWord(upTo: bytes.count)
            return words
        }
    }

    private static func isUppercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// ``words(of:)`` for any name, by `Character`.
    private static func unicodeWords(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in name {
            if !character.isLetter && !character.isNumber {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }
}
