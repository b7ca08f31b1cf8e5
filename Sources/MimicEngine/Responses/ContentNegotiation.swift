import MimicHTTPTypes

/// Chooses the media type of a response from those the contract declares and the client's `Accept`
/// (RFC 9110 §12.5.1).
///
/// Each declared type takes the quality of the most specific range that matches it: the type itself
/// (parameters ignored), a structured-syntax suffix (`application/*+json`, or `application/json` for a
/// declared `application/problem+json`), `type/*`, then `*/*`. Quality 0 refuses a type. The type with the
/// highest quality wins; on a tie, the one whose range comes first in the client's list, then the one declared
/// first (as Prism does). Without `Accept`, every type is acceptable and the first declared wins.
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
        var best: (mediaType: String, quality: Double, position: Int)?
        for mediaType in declared {
            let (quality, position) = self.quality(of: mediaType)
            guard quality > 0 else { continue }
            if let current = best, current.quality > quality || (current.quality == quality && current.position <= position) { continue }
            best = (mediaType, quality, position)
        }
        return best?.mediaType
    }

    /// The quality the client gives `mediaType`, that of the most specific matching range (0 when none matches),
    /// and that range's position in the client's list.
    private func quality(of mediaType: String) -> (quality: Double, position: Int) {
        guard !ranges.isEmpty else { return (1, 0) }
        let declared = MediaType(mediaType)
        var best: (specificity: Int, quality: Double, position: Int)?
        for (position, range) in ranges.enumerated() {
            guard let specificity = Self.specificity(of: range, type: declared.type, subtype: declared.subtype) else { continue }
            if best.map({ specificity > $0.specificity }) ?? true { best = (specificity, range.quality, position) }
        }
        return best.map { ($0.quality, $0.position) } ?? (0, 0)
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

    /// One `type/subtype;q=…` element; nil when it is not a media range.
    private static func range(_ element: Substring) -> MediaRange? {
        let range = MediaType(element)
        guard !range.type.isEmpty, !range.subtype.isEmpty else { return nil }
        let quality = range.parameter(named: "q").flatMap(Double.init).map { min(max($0, 0), 1) } ?? 1
        return MediaRange(type: range.type, subtype: range.subtype, quality: quality)
    }
}
