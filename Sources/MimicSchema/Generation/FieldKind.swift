/// What a field holds, guessed from its name (`created_at`, `isActive`, `owner_email` …), so that data for a
/// contract without schemas, or for a string without a format, looks like what a real API would send.
enum FieldKind: Sendable, Hashable {
    /// `id`, `*_id`, `*Id`.
    case identifier
    /// `uuid`, `guid`, `*_uuid`, `*_guid`.
    case uuid
    /// `name`, `*_name`, `title`.
    case name
    case email
    /// `url`, `*_url`, `uri`, `href`, `link`.
    case url
    /// `*_at`, `*At`, `date`, `*_date`, `created`, `updated`, `timestamp`.
    case dateTime
    /// `description`, `summary`, `notes`, `comment`.
    case sentence
    /// `size`, `*_size`, `bytes`: an amount of bytes.
    case byteSize
    /// `count`, `total`, `*_count`: a small non-negative number.
    case count
    /// `is_*`, `has_*`, `enabled`, `published`, `active`, `*_flag`.
    case flag
    /// `status`, `state`.
    case status
    case phone
    /// `token`, `*_token`.
    case token
    /// `type`, `kind`, `*_type`.
    case kind

    /// The kind a field called `name` holds, or nil when the name says nothing.
    init?(fieldName name: String) {
        let words = Self.words(of: name)
        guard let last = words.last else { return nil }
        let first = words[0]
        if let kind = Self.byLastWord[last] {
            self = kind
        } else if ["is", "has", "can", "should"].contains(first), words.count > 1 {
            self = .flag
        } else if last == "at", words.count > 1 {
            self = .dateTime
        } else if words.contains("phone") {
            self = .phone
        } else {
            return nil
        }
    }

    private static let byLastWord: [String: FieldKind] = [
        "id": .identifier, "uuid": .uuid, "guid": .uuid,
        "name": .name, "title": .name,
        "email": .email,
        "url": .url, "uri": .url, "href": .url, "link": .url,
        "date": .dateTime, "created": .dateTime, "updated": .dateTime, "timestamp": .dateTime,
        "description": .sentence, "summary": .sentence, "notes": .sentence, "note": .sentence, "comment": .sentence,
        "size": .byteSize, "bytes": .byteSize,
        "count": .count, "total": .count,
        "enabled": .flag, "published": .flag, "active": .flag, "flag": .flag, "disabled": .flag, "deleted": .flag,
        "status": .status, "state": .status,
        "phone": .phone,
        "token": .token,
        "type": .kind, "kind": .kind,
    ]

    /// The lower-case words of a snake_case, kebab-case or camelCase name (`ownerURL` → `owner`, `url`).
    static func words(of name: String) -> [String] {
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
