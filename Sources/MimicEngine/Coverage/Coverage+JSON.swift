import MimicContracts

extension Coverage {
    /// `{"totals": {"operations": {"total","called","percent"}, "statuses": {"total","answered","percent"},
    /// "parameters": {"total","sent","percent"}, "enumValues": {"total","sent","percent"}, "requests": {"total",
    /// "valid","unmatched"}}, "operations": [operation…]}`, operations in route-table order (see
    /// ``OperationCoverage/json``).
    public var json: JSONValue {
        .object([
            JSONMember("totals", .object([
                JSONMember("operations", operationTally.json(covered: "called")),
                JSONMember("statuses", statusTally.json(covered: "answered")),
                JSONMember("parameters", parameterTally.json(covered: "sent")),
                JSONMember("enumValues", enumValueTally.json(covered: "sent")),
                JSONMember("requests", .object([
                    JSONMember("total", .integer(requests)),
                    JSONMember("valid", .integer(validRequests)),
                    JSONMember("unmatched", .integer(unmatchedRequests)),
                ])),
            ])),
            JSONMember("operations", .array(operations.map(\.json))),
        ])
    }
}

extension Coverage.Tally {
    /// `{"total", covered, "percent"}`, the covered count under the name `covered`.
    func json(covered name: String) -> JSONValue {
        .object([JSONMember("total", .integer(total)), JSONMember(name, .integer(covered)), JSONMember("percent", .number(percent))])
    }
}

extension OperationCoverage {
    /// `{"method","path","operationId","requests": {"total","valid"}, "statuses": [{"status","count"}],
    /// "undeclaredStatuses": [{"status","count"}], "parameters": [{"in","name","count"}], "enums": [{"in","name",
    /// "values": [{"value","count"}], "otherValues"}]}`: a count of 0 is a status never answered, a parameter
    /// never sent, a value never given.
    public var json: JSONValue {
        .object([
            JSONMember("method", .string(method)),
            JSONMember("path", .string(path)),
            JSONMember("operationId", operationId.map(JSONValue.string) ?? .null),
            JSONMember("requests", .object([JSONMember("total", .integer(requests)), JSONMember("valid", .integer(validRequests))])),
            JSONMember("statuses", .array(statuses.map { .object([JSONMember("status", .string($0.status.description)), JSONMember("count", .integer($0.count))]) })),
            JSONMember("undeclaredStatuses", .array(undeclaredStatuses.map { .object([JSONMember("status", .integer($0.status)), JSONMember("count", .integer($0.count))]) })),
            JSONMember("parameters", .array(parameters.map {
                .object([JSONMember("in", .string($0.location)), JSONMember("name", .string($0.name)), JSONMember("count", .integer($0.count))])
            })),
            JSONMember("enums", .array(enums.map { enumeration in
                .object([
                    JSONMember("in", .string(enumeration.location)),
                    JSONMember("name", .string(enumeration.name)),
                    JSONMember("values", .array(enumeration.values.map { .object([JSONMember("value", $0.value), JSONMember("count", .integer($0.count))]) })),
                    JSONMember("otherValues", .integer(enumeration.otherValues)),
                ])
            })),
        ])
    }
}
