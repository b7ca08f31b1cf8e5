/// The grammars of the string formats validation checks (``StringFormat``), by hand on the UTF-8 bytes: date,
/// date-time, time (RFC 3339), uuid, email, hostname (RFC 1123), ipv4, ipv6, uri and uri-reference (RFC 3986),
/// base64 (RFC 4648).
enum FormatChecker {
    /// An RFC 3339 full-date (`2024-02-29`).
    static func isDate(_ text: String) -> Bool { utf8(of: text) { $0.count == 10 && isFullDate($0, from: 0) } }
    /// An RFC 3339 date-time (`2024-02-29T10:00:00Z`).
    static func isDateTime(_ text: String) -> Bool { utf8(of: text) { isDateTime($0) } }
    /// An RFC 3339 full-time (`10:00:00.5+01:00`).
    static func isTime(_ text: String) -> Bool { utf8(of: text) { isFullTime($0, from: 0) } }
    /// `8-4-4-4-12` hexadecimal digits.
    static func isUUID(_ text: String) -> Bool { utf8(of: text) { isUUID($0) } }
    /// `local@domain`, the domain a hostname or a bracketed address.
    static func isEmail(_ text: String) -> Bool { utf8(of: text) { isEmail($0) } }
    /// An RFC 1123 hostname.
    static func isHostname(_ text: String) -> Bool { utf8(of: text) { isHostname($0[...]) } }
    /// A dotted-decimal IPv4 address.
    static func isIPv4(_ text: String) -> Bool { utf8(of: text) { isIPv4($0[...]) } }
    /// An IPv6 address, in full or shortened by `::`.
    static func isIPv6(_ text: String) -> Bool { utf8(of: text) { isIPv6($0[...]) } }
    /// An RFC 3986 URI, or with `schemeRequired` false a URI-reference.
    static func isURI(_ text: String, schemeRequired: Bool) -> Bool { utf8(of: text) { isURI($0, schemeRequired: schemeRequired) } }
    /// Standard base64 with its padding (RFC 4648 section 4).
    static func isBase64(_ text: String) -> Bool { utf8(of: text) { isBase64($0) } }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// `check` of the UTF-8 bytes of `text`.
    private static func utf8(of text: String, _ check: (Bytes) -> Bool) -> Bool {
        var text = text
        return text.withUTF8(check)
    }

    // MARK: Dates and times (RFC 3339 section 5.6)

    private static func isDateTime(_ bytes: Bytes) -> Bool {
        bytes.count > 11 && isFullDate(bytes, from: 0) && (bytes[10] | 0x20) == UInt8(ascii: "t") && isFullTime(bytes, from: 11)
    }

    /// `YYYY-MM-DD` at `start`, a real day of a real month.
    private static func isFullDate(_ bytes: Bytes, from start: Int) -> Bool {
        guard bytes.count >= start + 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = number(bytes, at: start, digits: 4), let month = number(bytes, at: start + 5, digits: 2),
              let day = number(bytes, at: start + 8, digits: 2), (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// `HH:MM:SS[.fraction](Z|±HH:MM)` from `start` to the end; second 60 only when the UTC time is 23:59.
    private static func isFullTime(_ bytes: Bytes, from start: Int) -> Bool {
        guard bytes.count >= start + 9, bytes[start + 2] == UInt8(ascii: ":"), bytes[start + 5] == UInt8(ascii: ":"),
              let hour = number(bytes, at: start, digits: 2), let minute = number(bytes, at: start + 3, digits: 2),
              let second = number(bytes, at: start + 6, digits: 2), hour < 24, minute < 60, second <= 60 else { return false }
        var index = start + 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > digitsStart, index < bytes.count else { return false }
        }
        var offset = 0
        if (bytes[index] | 0x20) == UInt8(ascii: "z") {
            guard index + 1 == bytes.count else { return false }
        } else {
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
                  bytes[index + 3] == UInt8(ascii: ":"), let offsetHour = number(bytes, at: index + 1, digits: 2),
                  let offsetMinute = number(bytes, at: index + 4, digits: 2), offsetHour < 24, offsetMinute < 60 else { return false }
            offset = (offsetHour * 60 + offsetMinute) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        }
        let minuteOfDayUTC = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
        return second < 60 || minuteOfDayUTC == 23 * 60 + 59
    }

    /// The decimal number spelt by exactly `digits` ASCII digits at `start`.
    private static func number(_ bytes: Bytes, at start: Int, digits: Int) -> Int? {
        var value = 0
        for index in start..<start + digits {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        }
        return value
    }

    // MARK: Identifiers

    private static func isUUID(_ bytes: Bytes) -> Bool {
        guard bytes.count == 36 else { return false }
        return bytes.indices.allSatisfy { index in
            [8, 13, 18, 23].contains(index) ? bytes[index] == UInt8(ascii: "-") : isHexDigit(bytes[index])
        }
    }

    /// `local@domain`: a dot-atom local part (no quoted strings), a hostname or a bracketed address as the domain.
    private static func isEmail(_ bytes: Bytes) -> Bool {
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
        let local = bytes[..<at], domain = bytes[(at + 1)...]
        guard local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
              !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }),
              local.allSatisfy({ isAlphanumeric($0) || emailSymbols.contains($0) }) else { return false }
        if domain.first == UInt8(ascii: "["), domain.last == UInt8(ascii: "]") {
            let address = domain.dropFirst().dropLast()
            return isIPv4(address) || (address.starts(with: "IPv6:".utf8) && isIPv6(address.dropFirst(5)))
        }
        return isHostname(domain)
    }

    private static let emailSymbols = Array("!#$%&'*+-/=?^_`{|}~.".utf8)

    /// Dot-separated labels of 1 to 63 letters, digits and inner hyphens, 253 bytes at most.
    private static func isHostname(_ bytes: Slice<Bytes>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        return bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { label in
            (1...63).contains(label.count) && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
    }

    /// Four decimal octets, 0 to 255, without leading zeros.
    private static func isIPv4(_ bytes: Slice<Bytes>) -> Bool {
        let octets = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { octet in
            guard (1...3).contains(octet.count), octet.allSatisfy(isDigit), octet.count == 1 || octet.first != UInt8(ascii: "0") else { return false }
            return octet.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } <= 255
        }
    }

    /// Eight groups of 1 to 4 hex digits, or fewer around one `::`; the last two may be an IPv4 address.
    private static func isIPv6(_ bytes: Slice<Bytes>) -> Bool {
        let doubleColon = bytes.indices.dropLast().first { bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: ":") }
        var groups = 0
        func count(_ part: Slice<Bytes>, last: Bool) -> Bool {
            guard !part.isEmpty else { return true }
            let pieces = part.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if last, index == pieces.count - 1, piece.contains(UInt8(ascii: ".")) {
                    guard isIPv4(piece) else { return false }
                    groups += 2
                } else {
                    guard (1...4).contains(piece.count), piece.allSatisfy(isHexDigit) else { return false }
                    groups += 1
                }
            }
            return true
        }
        guard let doubleColon else { return count(bytes, last: true) && groups == 8 }
        let before = bytes[bytes.startIndex..<doubleColon], after = bytes[(doubleColon + 2)...]
        return count(before, last: false) && count(after, last: true) && groups <= 7
    }

    // MARK: URIs (RFC 3986)

    /// A scheme (required for `uri`) and then only URI characters and well-formed percent escapes; brackets
    /// only around an IPv6 host, digits only in a port.
    private static func isURI(_ bytes: Bytes, schemeRequired: Bool) -> Bool {
        var rest = bytes[...]
        if let colon = bytes.firstIndex(where: { !isSchemeCharacter($0) }), bytes[colon] == UInt8(ascii: ":"), colon > 0, isLetter(bytes[0]) {
            rest = bytes[(colon + 1)...]
        } else if schemeRequired {
            return false
        }
        guard isURIText(rest) else { return false }
        guard rest.starts(with: "//".utf8) else { return !rest.contains(UInt8(ascii: "[")) && !rest.contains(UInt8(ascii: "]")) }
        let authorityEnd = rest.dropFirst(2).firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.endIndex
        let afterAuthority = rest[authorityEnd...]
        guard !afterAuthority.contains(UInt8(ascii: "[")), !afterAuthority.contains(UInt8(ascii: "]")) else { return false }
        var host = rest[(rest.startIndex + 2)..<authorityEnd]
        if let at = host.lastIndex(of: UInt8(ascii: "@")) {
            guard !host[..<at].contains(UInt8(ascii: "[")), !host[..<at].contains(UInt8(ascii: "]")) else { return false }
            host = host[(at + 1)...]
        }
        if host.first == UInt8(ascii: "[") {
            guard let close = host.firstIndex(of: UInt8(ascii: "]")), isIPv6(host[(host.startIndex + 1)..<close]) else { return false }
            host = host[(close + 1)...]
            guard host.isEmpty || host.first == UInt8(ascii: ":") else { return false }
        } else if host.contains(UInt8(ascii: "[")) || host.contains(UInt8(ascii: "]")) {
            return false
        }
        guard let colon = host.firstIndex(of: UInt8(ascii: ":")) else { return true }
        return host[(colon + 1)...].allSatisfy(isDigit)
    }

    /// Only unreserved, reserved and percent-escaped ASCII characters.
    private static func isURIText(_ bytes: Slice<Bytes>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            guard isAlphanumeric(byte) || uriSymbols.contains(byte) else { return false }
            index += 1
        }
        return true
    }

    private static let uriSymbols = Array("-._~:/?#[]@!$&'()*+,;=".utf8)

    private static func isSchemeCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    // MARK: Base64 (RFC 4648 section 4)

    private static func isBase64(_ bytes: Bytes) -> Bool {
        guard bytes.count % 4 == 0 else { return false }
        let padding = bytes.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        return padding <= 2 && bytes.dropLast(padding).allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "/") }
    }

    // MARK: ASCII classes

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    private static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20) }
}
