/// The few English rules sample data and resource names need.
package enum EnglishNoun {
    /// An English plural made singular the simple way: `-ies` → `-y` (`policies`); `-es` dropped after `ss`, `x`,
    /// `sh`, `ch` and a consonant's `us` (`addresses`, `boxes`, `wishes`, `batches`, `statuses`), but only `s`
    /// after a consonant's `ach` and a vowel's `us` (`caches`, `houses`); else `-s` dropped (`responses`), except
    /// in `-ss` and `-us`, which are already singular (`access`, `status`).
    package static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 3 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("es"), takesES(word.dropLast(2)) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), word.count > 1 { return String(word.dropLast()) }
        return word
    }

    /// Whether `stem` makes its plural with `-es` rather than `-s`.
    private static func takesES(_ stem: Substring) -> Bool {
        let before = { (suffix: String) in stem.dropLast(suffix.count).last.map { !"aeiou".contains($0) } ?? false }
        if stem.hasSuffix("ach") { return !before("ach") }
        if stem.hasSuffix("us") { return before("us") }
        return ["ss", "x", "sh", "ch"].contains { stem.hasSuffix($0) }
    }
}
