/// Finds, among declared names, the one a mistyped name was probably meant to be: the fewest edits away
/// (Levenshtein distance, letters compared case-insensitively), within a third of the name's length (at least
/// two edits); on a tie, the first declared.
struct ClosestName: Sendable {
    private let candidates: [String]

    init(among candidates: [String]) {
        self.candidates = candidates
    }

    /// The declared name closest to `name`, or nil when none is close enough.
    func match(for name: String) -> String? {
        let limit = max(2, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = Self.distance(Array(name.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
