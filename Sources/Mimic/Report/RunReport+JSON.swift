import MimicContracts
import MimicEngine

extension RunReport {
    /// `{"totals": {"requests","invalid","invalidListed","invalidLeftOut"}, "invalidRequests": {"routed":
    /// [entry…], "unmatched": [entry…]}, "coverage": coverage}`: entries as `/__mimic/requests` gives them,
    /// `routed` those an operation answered, `unmatched` those none did. When an answer of Mimic's broke its
    /// contract (`--validate-responses`), `totals` gains `responseFaults`, and `responseFaults` after
    /// `invalidRequests` lists the first such entries with their `responseViolations`.
    public var json: JSONValue {
        var totals = [
            JSONMember("requests", .integer(requests)),
            JSONMember("invalid", .integer(invalidRequests)),
            JSONMember("invalidListed", .integer(invalidEntries.count)),
            JSONMember("invalidLeftOut", .integer(invalidRequestsLeftOut)),
        ]
        if responseFaults > 0 { totals.append(JSONMember("responseFaults", .integer(responseFaults))) }
        var members = [
            JSONMember("totals", .object(totals)),
            JSONMember("invalidRequests", .object([
                JSONMember("routed", .array(invalidEntries.filter { $0.operation != nil }.map(\.json))),
                JSONMember("unmatched", .array(unmatchedInvalidEntries.map(\.json))),
            ])),
        ]
        if responseFaults > 0 { members.append(JSONMember("responseFaults", .array(responseFaultEntries.map(\.json)))) }
        members.append(JSONMember("coverage", coverage.json))
        return .object(members)
    }
}
