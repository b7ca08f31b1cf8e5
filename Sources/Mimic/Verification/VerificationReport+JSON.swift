import MimicContracts
import MimicEngine

extension VerificationReport {
    /// `{"baseURL", "seed", "totals": {"exchanges","passed","failed","errors","skipped","untestable","notSent"}, "exchanges":
    /// [{"operation": {"method","path","operationId"}, "method", "target", "kind": "conforming"|"negative", "rule"?,
    /// "status" (or null), "outcome": "pass"|"fail"|"error", "violations": […], "omitted"?, "error"?}],
    /// "skipped": [operation…], "untestable": [{"operation", "reason"}]}`, violations as the journal writes them.
    public var json: JSONValue {
        .object([
            JSONMember("baseURL", .string(baseURL)),
            JSONMember("seed", .string(String(seed))),
            JSONMember("totals", .object([
                JSONMember("exchanges", .integer(exchanges.count)),
                JSONMember("passed", .integer(count(.passed))),
                JSONMember("failed", .integer(count(.failed))),
                JSONMember("errors", .integer(count(.error))),
                JSONMember("skipped", .integer(skipped.count)),
                JSONMember("untestable", .integer(untestable.count)),
                JSONMember("notSent", .integer(notSent)),
            ])),
            JSONMember("exchanges", .array(exchanges.map(Self.json))),
            JSONMember("skipped", .array(skipped.map(\.referenceJSON))),
            JSONMember("untestable", .array(untestable.map { .object([JSONMember("operation", $0.operation.referenceJSON), JSONMember("reason", .string($0.reason))]) })),
        ])
    }

    private static func json(_ exchange: VerificationExchange) -> JSONValue {
        var members = [
            JSONMember("operation", exchange.operation.referenceJSON),
            JSONMember("method", .string(exchange.method)),
            JSONMember("target", .string(exchange.target)),
        ]
        switch exchange.expectation {
        case .conforming: members.append(JSONMember("kind", .string("conforming")))
        case .refusal(let rule): members += [JSONMember("kind", .string("negative")), JSONMember("rule", .string(rule))]
        }
        members += [
            JSONMember("status", exchange.status.map { .integer($0) } ?? .null),
            JSONMember("outcome", .string(exchange.outcome.rawValue)),
            JSONMember("violations", .array(exchange.violations.map(\.json))),
        ]
        if exchange.omitted > 0 { members.append(JSONMember("omitted", .integer(exchange.omitted))) }
        if let error = exchange.error { members.append(JSONMember("error", .string(error))) }
        return .object(members)
    }
}
