import MimicContracts

/// The route table of a contract set, as text for people and as JSON for tools.
public struct RouteTable: Sendable {
    public let contracts: ContractSet

    public init(_ contracts: ContractSet) {
        self.contracts = contracts
    }

    /// One line per operation (method, path, operationId, where it is declared), then a count.
    public var text: String {
        let rows = contracts.operations.map { operation in
            [operation.method, operation.path.description, operation.operationId ?? "-", operation.sources.map(\.description).joined(separator: ", ")]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0]) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n")
        let loaded = contracts.contracts.count
        text += (rows.isEmpty ? "" : "\n") + "\(rows.count) operation\(rows.count == 1 ? "" : "s") from \(loaded) file\(loaded == 1 ? "" : "s")\n"
        return text
    }

    /// An array of `{method, path, operationId, sources, parameters}`; a multivalued parameter's
    /// `type`, `format` and `enum` describe each of its values.
    public var json: JSONValue {
        .array(contracts.operations.map { operation in
            .object([
                JSONMember("method", .string(operation.method)),
                JSONMember("path", .string(operation.path.description)),
                JSONMember("operationId", operation.operationId.map(JSONValue.string) ?? .null),
                JSONMember("sources", .array(operation.sources.map { .string($0.description) })),
                JSONMember("parameters", .array(operation.parameters.map(json))),
            ])
        })
    }

    private func json(_ parameter: Parameter) -> JSONValue {
        let schema = contracts.schemas.valueSchema(of: parameter)
        return .object([
            JSONMember("name", .string(parameter.name)),
            JSONMember("in", .string(parameter.location.rawValue)),
            JSONMember("required", .bool(parameter.required)),
            JSONMember("type", schema.primaryType.map { .string($0.rawValue) } ?? .null),
            JSONMember("format", schema.format.map(JSONValue.string) ?? .null),
            JSONMember("enum", schema.enumValues.map(JSONValue.array) ?? .null),
            JSONMember("multivalued", .bool(contracts.schemas.isMultivalued(parameter))),
        ])
    }
}
