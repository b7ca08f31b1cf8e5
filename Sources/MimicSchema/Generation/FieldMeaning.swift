/// What a field's name says it holds (``kind``), and whose it is (``qualifier``): the words before those that
/// name the kind, so that `billing_city` and `billing_country` describe one place and `shipping_city` another.
struct FieldMeaning: Sendable, Hashable {
    var kind: FieldKind
    /// The words before the kind's own (`billing` in `billing_postal_code`), empty for most names.
    var qualifier: [String]

    init(kind: FieldKind, qualifier: [String] = []) {
        self.kind = kind
        self.qualifier = qualifier
    }

    /// The meaning of a field called `name`, inside an object or entity that `context` names (its property name
    /// and resource, as words: `owner`, `users`), or nil when the name says nothing. The longest run of last words
    /// in ``FieldKind/bySuffix`` decides, unless the first word asks a question (`is_`, `has_`, `force_` …); a
    /// `name` is a person's, a company's, a product's or a file's when a word before it or the context says so.
    init?(fieldName name: String, context: @autoclosure () -> [String] = []) {
        let words = FieldKind.words(of: name)
        guard let first = words.first else { return nil }
        if words.count > 1, FieldKind.flagPrefixes.contains(first) {
            self.init(kind: .flag)
            return
        }
        if words.count > 1, let last = words.last, FieldKind.spellings.contains(last) {
            self.init(fieldName: words.dropLast().joined(separator: "_"), context: context())
            return
        }
        for candidate in [words, words.dropLast() + [EnglishNoun.singular(words[words.count - 1])]] {
            for length in stride(from: min(candidate.count, 4), through: 1, by: -1) {
                guard let kind = FieldKind.bySuffix[candidate.suffix(length).joined(separator: " ")] else { continue }
                let qualifier = Array(candidate.dropLast(length))
                if words == ["at"] { return nil }
                self.init(kind: Self.refined(kind, qualifier: qualifier, context: context), qualifier: qualifier)
                return
            }
        }
        if words.contains(where: { $0.contains("datetime") || $0.contains("timestamp") }) {
            self.init(kind: .dateTime)
        } else if words.contains("phone") {
            self.init(kind: .phone)
        } else {
            return nil
        }
    }

    /// `kind` made precise by the words around it: a `name` whose qualifier or context names a person, a company,
    /// a product or a file; a link whose qualifier names an image; the `state` of an address (`billing_state`, `address.state`); a `response_time`.
    private static func refined(_ kind: FieldKind, qualifier: [String], context: () -> [String]) -> FieldKind {
        switch kind {
        case .name:
            let near = qualifier.suffix(1) + context()
            if near.first == "status" || near.first == "state" { return .status }
            if near.first == "type" || near.first == "kind" { return .kind }
            for word in near.map(EnglishNoun.singular) {
                if FieldKind.people.contains(word) { return .fullName }
                if FieldKind.companies.contains(word) { return .company }
                if FieldKind.products.contains(word) { return .productName }
                if FieldKind.files.contains(word) { return .fileName }
            }
            return .name
        case .url:
            return qualifier.last.map(FieldKind.images.contains) == true ? .imageURL : .url
        case .status:
            let place = qualifier.isEmpty ? context().first.map(FieldKind.addresses.contains) == true : qualifier.contains(where: FieldKind.addresses.contains)
            return place ? .region : .status
        case .dateTime:
            return qualifier.last.map(FieldKind.spans.contains) == true ? .duration : .dateTime
        default:
            return kind
        }
    }
}
