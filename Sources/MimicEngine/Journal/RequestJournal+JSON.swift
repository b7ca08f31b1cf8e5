import MimicContracts
import MimicSchema

extension RequestJournal {
    /// `{"requests": [entry…], "total": N, "invalid": M}`, entries oldest first (only the invalid ones when
    /// `invalidOnly`); `total` and `invalid` count every request since the start.
    public func json(invalidOnly: Bool = false) -> JSONValue {
        let (entries, recordedCount, invalidCount) = snapshot()
        return .object([
            JSONMember("requests", .array(entries.filter { !invalidOnly || $0.isInvalid }.map(\.json))),
            JSONMember("total", .integer(recordedCount)),
            JSONMember("invalid", .integer(invalidCount)),
        ])
    }
}
