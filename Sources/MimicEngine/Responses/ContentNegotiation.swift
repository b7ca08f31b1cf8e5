/// Chooses the media type of a response from those the contract declares and the client's `Accept`
/// (RFC 9110 §12.5.1).
///
/// Each declared type takes the quality of the most specific range that matches it: the type itself
/// (parameters ignored), a structured-syntax suffix (`application/*+json`, or `application/json` for a
/// declared `application/problem+json`), `type/*`, then `*/*`. Quality 0 refuses a type. The type with the
/// highest quality wins; on a tie, a JSON type beats the others, then declaration order decides.
/// Without `Accept`, every type is acceptable.
struct ContentNegotiation: Sendable {
    /// One range of an `Accept` header.
    private struct MediaRange {
        var type: String
        var subtype: String
        var quality: Double
    }

    private let ranges: [MediaRange]

    /// The ranges of every `Accept` field value, in order; nil or empty means "anything".
    init(accept: [String]) {
        ranges = accept.flatMap { $0.split(separator: ",") }.compactMap(Self.range)
    }

    /// The declared type to answer with, or nil when the client accepts none of them.
    func choose(from declared: [String]) -> String? {
        var best: (mediaType: String, quality: Double, isJSON: Bool)?
        for mediaType in declared {
            let quality = self.quality(of: mediaType)
            guard quality > 0 else { continue }
            let isJSON = Self.isJSON(mediaType)
            if let current = best, current.quality > quality || (current.quality == quality && (current.isJSON || !isJSON)) { continue }
            best = (mediaType, quality, isJSON)
        }
        return best?.mediaType
    }

    /// Whether `mediaType` is JSON: `application/json` or any `+json` type.
    static func isJSON(_ mediaType: String) -> Bool {
        let (_, subtype) = parts(of: mediaType)
        return subtype == "json" || subtype.hasSuffix("+json")
    }

    /// The quality the client gives `mediaType`: that of the most specific matching range, 0 when none matches.
    private func quality(of mediaType: String) -> Double {
        guard !ranges.isEmpty else { return 1 }
        let (type, subtype) = Self.parts(of: mediaType)
        var best: (specificity: Int, quality: Double)?
        for range in ranges {
            guard let specificity = Self.specificity(of: range, type: type, subtype: subtype) else { continue }
            if best.map({ specificity > $0.specificity }) ?? true { best = (specificity, range.quality) }
        }
        return best?.quality ?? 0
    }

    /// How closely `range` names `type/subtype` (3 exactly … 0 for `*/*`), or nil when it does not match.
    private static func specificity(of range: MediaRange, type: String, subtype: String) -> Int? {
        switch (range.type, range.subtype) {
        case ("*", "*"): return 0
        case (type, "*"): return 1
        case (type, subtype): return 3
        case (type, let wanted) where subtype.hasSuffix("+" + (wanted.hasPrefix("*+") ? String(wanted.dropFirst(2)) : wanted)):
            return 2
        default: return nil
        }
    }

    /// `type/subtype` in lower case, parameters dropped: `application/json` for `Application/JSON; charset=utf-8`.
    static func essence(of mediaType: some StringProtocol) -> String {
        let (type, subtype) = parts(of: mediaType)
        return type + "/" + subtype
    }

    /// `type/subtype` in lower case, parameters dropped.
    private static func parts(of mediaType: some StringProtocol) -> (type: String, subtype: String) {
        let essence = mediaType.prefix { $0 != ";" }.lowercased().filter { $0 != " " && $0 != "\t" }
        let pieces = essence.split(separator: "/", maxSplits: 1)
        return (pieces.first.map(String.init) ?? "", pieces.count == 2 ? String(pieces[1]) : "")
    }

    /// One `type/subtype;q=…` element; nil when it is not a media range.
    private static func range(_ element: Substring) -> MediaRange? {
        let (type, subtype) = parts(of: element)
        guard !type.isEmpty, !subtype.isEmpty else { return nil }
        var quality = 1.0
        for parameter in element.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].filter({ $0 != " " }).lowercased() == "q" else { continue }
            quality = Double(pair[1].filter { $0 != " " }).map { min(max($0, 0), 1) } ?? quality
        }
        return MediaRange(type: type, subtype: subtype, quality: quality)
    }
}
