/// Plausible strings of well-known shapes (dates, UUIDs, addresses, names), built from a ``SeededRandom``
/// without Foundation's formatters, so they cost little and never depend on the locale or the clock.
enum SampleText {
    /// 2020-01-01T00:00:00Z: the earliest generated date.
    private static let earliestSecond = 1_577_836_800
    /// 2026-01-01T00:00:00Z: generated dates come before it.
    private static let latestSecond = 1_767_225_600

    /// An RFC 3339 date-time in UTC, between 2020 and 2025 (`2023-04-17T08:31:05Z`).
    static func dateTime(_ random: inout SeededRandom) -> String {
        dateTime(second: second(&random))
    }

    /// A second from 2020 to 2025, counted from 1970-01-01.
    static func second(_ random: inout SeededRandom) -> Int {
        random.integer(in: earliestSecond...latestSecond - 1)
    }

    /// The RFC 3339 date-time in UTC of a second counted from 1970-01-01 (not before it).
    static func dateTime(second: Int) -> String {
        calendarDate(daysSinceEpoch: second / 86_400) + "T" + clockTime(secondOfDay: second % 86_400) + "Z"
    }

    /// An RFC 3339 full-date between 2020 and 2025 (`2023-04-17`).
    static func date(_ random: inout SeededRandom) -> String {
        calendarDate(daysSinceEpoch: random.integer(in: earliestSecond...latestSecond - 1) / 86_400)
    }

    /// The RFC 3339 full-date of a day counted from 1970-01-01.
    static func date(day: Int) -> String {
        calendarDate(daysSinceEpoch: day)
    }

    /// An RFC 3339 full-time in UTC (`08:31:05Z`).
    static func time(_ random: inout SeededRandom) -> String {
        clockTime(secondOfDay: random.integer(in: 0...86_399)) + "Z"
    }

    /// A version-4 UUID in lower case (`3f2c9a4e-…-4…-[89ab]…`).
    static func uuid(_ random: inout SeededRandom) -> String {
        let high = random.next() & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let low = random.next() & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        let hex = hexDigits(high, count: 16) + hexDigits(low, count: 16)
        let cuts = [8, 4, 4, 4, 12]
        var parts: [Substring] = []
        var start = hex.startIndex
        for length in cuts {
            let end = hex.index(start, offsetBy: length)
            parts.append(hex[start..<end])
            start = end
        }
        return parts.joined(separator: "-")
    }


    /// `firstname.lastname@example.com`, of a name drawn from `random` (an entity's own is ``EntityProfile/email``).
    static func email(_ random: inout SeededRandom) -> String {
        (random.element(of: SampleWords.firstNames) + "." + random.element(of: SampleWords.lastNames)).lowercased() + "@example.com"
    }

    /// The address of the entity: `https://example.com/<resource>/<identity>`.
    static func url(for scope: GenerationScope, random: inout SeededRandom) -> String {
        let resource = scope.resource.isEmpty ? random.element(of: SampleWords.words) : urlSegment(scope.resource)
        let identity = scope.identity.isEmpty ? "" : "/" + urlSegment(scope.identity)
        return "https://example.com/" + resource + identity
    }

    /// A host under `example.com` (`harbor.example.com`).
    static func hostname(_ random: inout SeededRandom) -> String {
        random.element(of: SampleWords.words) + ".example.com"
    }

    /// An IPv4 address from the documentation block 192.0.2.0/24.
    static func ipv4(_ random: inout SeededRandom) -> String {
        "192.0.2." + String(random.integer(in: 1...254))
    }

    /// An IPv6 address from the documentation prefix 2001:db8::/32.
    static func ipv6(_ random: inout SeededRandom) -> String {
        "2001:db8::" + String(random.integer(in: 1...0xFFFF), radix: 16)
    }

    /// `count` lower-case hexadecimal digits.
    static func hex(_ random: inout SeededRandom, count: Int) -> String {
        var text = ""
        while text.count < count {
            text += hexDigits(random.next(), count: 16)
        }
        return String(text.prefix(count))
    }

    /// The standard base64 of twelve random bytes: sixteen digits, so no padding.
    static func base64(_ random: inout SeededRandom) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        return String((0..<16).map { _ in alphabet[Int(random.next() & 0x3F)] })
    }

    /// A random mix of letters and digits, `count` long (none for a negative count), built as bytes in one pass.
    static func alphanumeric(_ random: inout SeededRandom, count: Int) -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) {
            bytes.append(random.element(of: alphabet))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A title for an entity of `resource`: an adjective, the resource's singular and a number (`Nightly Backup 17`).
    static func entityName(for resource: String, random: inout SeededRandom) -> String {
        let noun = FieldReadings.shared.entityNoun(of: resource) ?? titleCased([random.element(of: SampleWords.nouns)])
        return random.element(of: SampleWords.adjectives) + " " + noun + " " + String(random.integer(in: 1...99))
    }

    /// `words` with their first letters in upper case, joined by spaces (`Backup Definition`).
    static func titleCased(_ words: [String]) -> String {
        words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// A short sentence.
    static func sentence(_ random: inout SeededRandom) -> String {
        random.element(of: SampleWords.sentences)
    }

    /// Two lower-case words (`amber harbor`), for a string nothing else is known about.
    static func words(_ random: inout SeededRandom) -> String {
        random.element(of: SampleWords.words) + " " + random.element(of: SampleWords.words)
    }

    /// `major.minor.patch` (`1.4.2`).
    static func version(_ random: inout SeededRandom) -> String {
        String(random.integer(in: 0...4)) + "." + String(random.integer(in: 0...20)) + "." + String(random.integer(in: 0...30))
    }

    /// A locally administered MAC address (`02:1a:2b:3c:4d:5e`).
    static func macAddress(_ random: inout SeededRandom) -> String {
        "02:" + (0..<5).map { _ in hexDigits(UInt64(random.integer(in: 0...255)), count: 2) }.joined(separator: ":")
    }

    /// `#rrggbb`.
    static func color(_ random: inout SeededRandom) -> String {
        "#" + hexDigits(UInt64(random.integer(in: 0...0xFF_FFFF)), count: 6)
    }

    /// A duration in seconds: a quarter of an hour to a day, in quarters of an hour.
    static func durationSeconds(_ random: inout SeededRandom) -> Int {
        random.integer(in: 1...96) * 900
    }

    /// An ISO 8601 duration of minutes to days (`PT45M`, `PT2H30M`, `P3D`).
    static func duration(seconds: Int) -> String {
        let days = seconds / 86_400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60
        var text = "P" + (days > 0 ? String(days) + "D" : "")
        if hours > 0 || minutes > 0 || days == 0 { text += "T" }
        if hours > 0 { text += String(hours) + "H" }
        if minutes > 0 || (days == 0 && hours == 0) { text += String(minutes) + "M" }
        return text
    }

    /// A job title (`Senior Data Analyst`).
    static func jobTitle(_ random: inout SeededRandom) -> String {
        random.element(of: SampleWords.jobLevels) + " " + random.element(of: SampleWords.jobRoles)
    }

    /// A product's name (`Compact Desk Lamp`).
    static func productName(_ random: inout SeededRandom) -> String {
        random.element(of: SampleWords.productAdjectives) + " " + random.element(of: SampleWords.productNouns)
    }

    /// The second line of an address (`Suite 300`, `Apt 4B`).
    static func secondaryAddress(_ random: inout SeededRandom) -> String {
        random.coin() ? "Suite " + String(random.integer(in: 1...9) * 100) : "Apt " + String(random.integer(in: 1...20)) + random.element(of: ["A", "B", "C"])
    }

    /// An image's address on a content host (`https://cdn.example.com/images/3f2c9a4e1b7d.jpg`).
    static func imageURL(_ random: inout SeededRandom) -> String {
        "https://cdn.example.com/images/" + hex(&random, count: 12) + "." + random.element(of: ["jpg", "png", "webp"])
    }

    /// `text` with everything but letters, digits, `-`, `_` and `.` turned into `-`.
    private static func urlSegment(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
    }

    /// `yyyy-MM-dd` of a day counted from 1970-01-01.
    private static func calendarDate(daysSinceEpoch days: Int) -> String {
        let date = CivilDate(daysSinceEpoch: days)
        return padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2)
    }

    /// `HH:mm:ss` of a second of the day.
    private static func clockTime(secondOfDay second: Int) -> String {
        padded(second / 3600, 2) + ":" + padded(second / 60 % 60, 2) + ":" + padded(second % 60, 2)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func hexDigits(_ bits: UInt64, count: Int) -> String {
        let digits = String(bits, radix: 16)
        return String(repeating: "0", count: max(0, count - digits.count)) + digits
    }
}
