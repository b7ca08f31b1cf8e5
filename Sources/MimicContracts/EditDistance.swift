/// How far apart two words are, for suggesting the value a person probably meant.
package enum EditDistance {
    /// The edit distance between `left` and `right` over Unicode scalars, a swap of two neighbours counting as
    /// one edit (optimal string alignment).
    package static func between(_ left: String, _ right: String) -> Int {
        let left = Array(left.unicodeScalars), right = Array(right.unicodeScalars)
        var beforePrevious = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = previous
        for leftIndex in left.indices {
            current[0] = leftIndex + 1
            for rightIndex in right.indices {
                let same = left[leftIndex] == right[rightIndex]
                var distance = min(previous[rightIndex] + (same ? 0 : 1), previous[rightIndex + 1] + 1, current[rightIndex] + 1)
                if leftIndex > 0, rightIndex > 0, left[leftIndex] == right[rightIndex - 1], left[leftIndex - 1] == right[rightIndex] {
                    distance = min(distance, beforePrevious[rightIndex - 1] + 1)
                }
                current[rightIndex + 1] = distance
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[right.count]
    }

    /// The candidate `word` most probably misspells: one equal to it but for case, else the nearest one
    /// (case-insensitively) when at most a third of it differs; the first in `candidates` on a tie.
    package static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let sameButCase = candidates.first(where: { $0.lowercased() == lowered }) { return sameButCase }
        var best: (candidate: String, distance: Int)?
        let length = word.count, scalars = lowered.unicodeScalars.count
        for candidate in candidates {
            let limit = max(length, candidate.count), other = candidate.lowercased()
            // The distance is at least the difference in length: a word far longer or shorter is not compared.
            guard abs(scalars - other.unicodeScalars.count) * 3 <= limit else { continue }
            let distance = between(lowered, other)
            guard distance * 3 <= limit, distance < best?.distance ?? .max else { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }
}
