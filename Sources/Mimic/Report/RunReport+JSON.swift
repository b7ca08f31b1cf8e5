import MimicContracts
import MimicEngine

extension RunReport {
    /// `{"totals": {"requests","invalid","invalidListed","invalidLeftOut"}, "invalidRequests": {"routed":
    /// [entry…], "unmatched": [entry…]}, "coverage": coverage}`: entries as `/__mimic/requests` gives them,
    /// `routed` those an operation answered, `unmatched` those none did.
    public var json: JSONValue {
        .object([
            JSONMember("totals", .object([
                JSONMember("requests", .integer(requests)),
                JSONMember("invalid", .integer(invalidRequests)),
                JSONMember("invalidListed", .integer(invalidEntries.count)),
                JSONMember("invalidLeftOut", .integer(invalidRequestsLeftOut)),
            ])),
            JSONMember("invalidRequests", .object([
                JSONMember("routed", .array(invalidEntries.filter { $0.operation != nil }.map(\.json))),
                JSONMember("unmatched", .array(unmatchedInvalidEntries.map(\.json))),
            ])),
            JSONMember("coverage", coverage.json),
        ])
    }
}
