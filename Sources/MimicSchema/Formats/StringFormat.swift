/// The string `format`s Mimic knows, in one table that generating and validating both read: for each format, the
/// name a contract gives it (the raw value), what a message calls it and how it is checked (``phrase``,
/// ``admits(_:patterns:)``), and how a value of it is made (``sample(in:random:)``).
///
/// Validation reads a contract's name exactly, `StringFormat(rawValue:)`, as JSON Schema does; generation reads it
/// leniently, ``init(lenientName:)``. A name that is neither is an unknown format: not checked, not generated.
enum StringFormat: String, CaseIterable, Sendable {
    case date
    case dateTime = "date-time"
    case time
    case duration
    case uuid
    case email
    case hostname
    case ipv4
    case ipv6
    case uri
    case uriReference = "uri-reference"
    case byte
    case binary
    case password
    case regex
    case int32
    case int64
    case float
    case double
    case decimal

    /// The format `name` stands for when generating: in any case, and with the names of formats Mimic generates as
    /// another (``aliases``).
    init?(lenientName name: String) {
        let name = name.lowercased()
        guard let format = Self(rawValue: name) ?? Self.aliases[name] else { return nil }
        self = format
    }

    /// Names that generation reads as another format (`guid` as `uuid`, `iri` as `uri`); validation checks none.
    static let aliases: [String: StringFormat] = [
        "guid": .uuid, "idn-email": .email, "idn-hostname": .hostname,
        "url": .uri, "iri": .uri, "iri-reference": .uriReference,
    ]

    /// How a message names what the format expects (`a date-time (RFC 3339)`), or nil when validation does not
    /// check the format.
    var phrase: String? {
        switch self {
        case .date: "a date (RFC 3339 full-date)"
        case .dateTime: "a date-time (RFC 3339)"
        case .time: "a time (RFC 3339 full-time)"
        case .uuid: "a uuid"
        case .email: "an email address"
        case .hostname: "a hostname (RFC 1123)"
        case .ipv4: "an ipv4 address"
        case .ipv6: "an ipv6 address"
        case .uri: "an absolute uri (RFC 3986)"
        case .uriReference: "a uri-reference (RFC 3986)"
        case .byte: "base64 (RFC 4648)"
        case .regex: "a valid regular expression"
        case .duration, .binary, .password, .int32, .int64, .float, .double, .decimal: nil
        }
    }

    /// Whether `text` is spelt as the format requires (``FormatChecker``); a format without a ``phrase`` admits
    /// any string.
    func admits(_ text: String, patterns: PatternCache) -> Bool {
        switch self {
        case .date: FormatChecker.isDate(text)
        case .dateTime: FormatChecker.isDateTime(text)
        case .time: FormatChecker.isTime(text)
        case .uuid: FormatChecker.isUUID(text)
        case .email: FormatChecker.isEmail(text)
        case .hostname: FormatChecker.isHostname(text)
        case .ipv4: FormatChecker.isIPv4(text)
        case .ipv6: FormatChecker.isIPv6(text)
        case .uri: FormatChecker.isURI(text, schemeRequired: true)
        case .uriReference: FormatChecker.isURI(text, schemeRequired: false)
        case .byte: FormatChecker.isBase64(text)
        case .regex: patterns.expression(text) != nil
        case .duration, .binary, .password, .int32, .int64, .float, .double, .decimal: true
        }
    }

    /// What a value in the format is, when the format says more than its shape: an `email` is the entity's
    /// address, a `hostname` its company's host (``EntityProfile``).
    var impliedKind: FieldKind? {
        switch self {
        case .email: .email
        case .hostname: .domain
        default: nil
        }
    }

    /// A string in the format for a value in `scope` (a uri is the entity's address), or nil for `regex`, which
    /// Mimic does not generate.
    func sample(in scope: GenerationScope, random: inout SeededRandom) -> String? {
        switch self {
        case .dateTime: SampleText.dateTime(&random)
        case .date: SampleText.date(&random)
        case .time: SampleText.time(&random)
        case .uuid: SampleText.uuid(&random)
        case .email: SampleText.email(&random)
        case .uri, .uriReference: SampleText.url(for: scope, random: &random)
        case .hostname: SampleText.hostname(&random)
        case .ipv4: SampleText.ipv4(&random)
        case .ipv6: SampleText.ipv6(&random)
        case .byte: SampleText.base64(&random)
        case .binary: SampleText.alphanumeric(&random, count: 16)
        case .password: SampleText.alphanumeric(&random, count: 12)
        case .int32, .int64: String(random.integer(in: 1...1000))
        case .float, .double, .decimal: String(random.integer(in: 0...99_999)) + "." + String(random.integer(in: 10...99))
        case .duration: "P" + String(random.integer(in: 1...30)) + "DT" + String(random.integer(in: 1...23)) + "H"
        case .regex: nil
        }
    }
}
