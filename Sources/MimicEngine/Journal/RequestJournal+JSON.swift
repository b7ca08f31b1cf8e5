import MimicContracts
import MimicSchema

extension RequestJournal {
    /// `{"requests": [entry…], "total": N, "invalid": M}`, the entries kept that `filter` matches, oldest first;
    /// `total` and `invalid` count every request since the start.
    public func json(matching filter: JournalFilter = JournalFilter()) -> JSONValue {
        let (entries, recordedCount, invalidCount) = snapshot()
        return .object([
            JSONMember("requests", .array(entries.filter(filter.matches).map(\.json))),
            JSONMember("total", .integer(recordedCount)),
            JSONMember("invalid", .integer(invalidCount)),
        ])
    }

    /// How many of the entries kept `filter` matches.
    public func count(matching filter: JournalFilter) -> Int {
        snapshot().entries.count(where: filter.matches)
    }
}
