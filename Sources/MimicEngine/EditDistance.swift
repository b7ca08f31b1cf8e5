/// How far apart two words are, for suggesting the value a person probably meant.
enum EditDistance {
    /// The Levenshtein distance between `left` and `right`, over Unicode scalars.
    static func between(_ left: String, _ right: String) -> Int {
        let left = Array(left.unicodeScalars), right = Array(right.unicodeScalars)
        var previous = Array(0...right.count)
        var current = previous
        for (leftIndex, leftScalar) in left.enumerated() {
            current[0] = leftIndex + 1
            for (rightIndex, rightScalar) in right.enumerated() {
                let substitution = previous[rightIndex] + (leftScalar == rightScalar ? 0 : 1)
                current[rightIndex + 1] = min(substitution, previous[rightIndex + 1] + 1, current[rightIndex] + 1)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// The candidate `word` most probably misspells: one equal to it but for case, else the nearest one
    /// (case-insensitively) when at most a third of it differs; the first in `candidates` on a tie.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let sameButCase = candidates.first(where: { $0.lowercased() == lowered }) { return sameButCase }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = between(lowered, candidate.lowercased())
            guard distance * 3 <= max(word.count, candidate.count), distance < best?.distance ?? .max else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }
}
