/// Merges the operations of several contracts: the same method and path shape described by several
/// files becomes one operation, its parameters the union of the declarations.
struct ContractMerger {
    private(set) var diagnostics: [Diagnostic] = []

    /// One operation per key, ordered by path then method.
    mutating func merge(_ contracts: [Contract]) -> [APIOperation] {
        var order: [String] = []
        var groups: [String: [Declared]] = [:]
        for contract in Self.byPrecedence(contracts) {
            for operation in contract.operations {
                if groups[operation.key] == nil { order.append(operation.key) }
                groups[operation.key, default: []].append(Declared(operation: operation, isPostman: contract.format == .postman))
            }
        }
        let merged = order.map { key in
            Self.inferringBodySchemas(of: groups[key]!.dropFirst().reduce(groups[key]![0]) { merge($0, $1) }.operation)
        }
        // Each path is written once, not once per comparison.
        let keyed = merged.map { (path: $0.path.description, rank: HTTPMethods.rank($0.method), operation: $0) }
        return keyed.sorted { lhs, rhs in
            lhs.path != rhs.path ? lhs.path < rhs.path : lhs.rank < rhs.rank
        }.map(\.operation)
    }

    /// Contracts with declared types first (Swagger, OpenAPI), then Postman collections, each in file order.
    private static func byPrecedence(_ contracts: [Contract]) -> [Contract] {
        contracts.filter { $0.format != .postman } + contracts.filter { $0.format == .postman }
    }

    /// An operation as one contract declares it, or as several merged so far.
    private struct Declared {
        var operation: APIOperation
        /// Whether only Postman collections declare it.
        var isPostman: Bool
    }

    /// `other` merged into `base`. Between Postman requests, each keeps its own auth: the route asks for any one
    /// of their requirements, and none when one of them is open.
    private mutating func merge(_ base: Declared, _ other: Declared) -> Declared {
        var merged = merge(base.operation, other.operation)
        if base.isPostman, other.isPostman {
            let (first, second) = (base.operation.security, other.operation.security)
            merged.security = first.isEmpty || second.isEmpty ? [] : first + second.filter { !first.contains($0) }
        }
        return Declared(operation: merged, isPostman: base.isPostman && other.isPostman)
    }

    private mutating func merge(_ base: APIOperation, _ other: APIOperation) -> APIOperation {
        var merged = base
        let renamed = Self.renamingPathParameters(of: other, like: base)
        for parameter in renamed.parameters {
            guard let index = merged.parameters.firstIndex(where: { $0.name == parameter.name && $0.location == parameter.location }) else {
                merged.parameters.append(parameter)
                continue
            }
            merged.parameters[index] = preferred(merged.parameters[index], parameter)
        }
        merged.requestBody = Self.combine(merged.requestBody, other.requestBody)
        for response in other.responses {
            guard let index = merged.responses.firstIndex(where: { $0.status == response.status }) else {
                merged.responses.append(response)
                continue
            }
            merged.responses[index] = Self.combine(merged.responses[index], response)
        }
        merged.operationId = merged.operationId ?? other.operationId
        merged.summary = merged.summary ?? other.summary
        merged.description = merged.description ?? other.description
        merged.produces += other.produces.filter { !merged.produces.contains($0) }
        merged.consumes += other.consumes.filter { !merged.consumes.contains($0) }
        if merged.security.isEmpty { merged.security = other.security }
        merged.sources += other.sources
        return merged
    }

    /// `other` with its path parameters named as `base` names them at the same positions.
    private static func renamingPathParameters(of other: APIOperation, like base: APIOperation) -> APIOperation {
        var renamed = other
        let names = Dictionary(zip(other.path.parameterNames, base.path.parameterNames), uniquingKeysWith: { first, _ in first })
        for index in renamed.parameters.indices where renamed.parameters[index].location == .path {
            if let name = names[renamed.parameters[index].name] { renamed.parameters[index].name = name }
        }
        return renamed
    }

    /// The more specific of two declarations of one parameter (a typed or enumerated one beats an
    /// untyped one); two different enums are a conflict, reported with both places.
    private mutating func preferred(_ kept: Parameter, _ other: Parameter) -> Parameter {
        if let keptEnum = kept.schema.enumValues, let otherEnum = other.schema.enumValues, keptEnum != otherEnum {
            diagnostics.append(.warning(
                "merge.conflicting-enum",
                "parameter '\(kept.name)' (\(kept.location.rawValue)) allows \(Self.list(keptEnum)) here but \(Self.list(otherEnum)) in \(other.source.file); Mimic keeps this declaration",
                at: kept.source,
                notes: [.note("the other declaration of '\(kept.name)' is here", at: other.source)]))
            return kept
        }
        var winner = !kept.isSpecific && other.isSpecific ? other : kept
        winner.required = kept.required || other.required
        winner.description = winner.description ?? kept.description ?? other.description
        return winner
    }

    private static func list(_ values: [JSONValue]) -> String {
        "[" + values.map { $0.scalarText ?? $0.serialized() }.joined(separator: ", ") + "]"
    }

    /// A request body declared twice: the first, with the examples of the second's contents of the same media
    /// type when both infer their schema from examples (``inferringBodySchemas(of:)`` then infers it from all).
    private static func combine(_ first: RequestBody?, _ second: RequestBody?) -> RequestBody? {
        guard var combined = first, let second else { return first ?? second }
        for content in second.contents where content.isSchemaInferred {
            guard let index = combined.contents.firstIndex(where: { $0.mediaType == content.mediaType && $0.isSchemaInferred }) else { continue }
            combined.contents[index].examples += content.examples
        }
        return combined
    }

    /// `operation` with each inferred body schema that merged examples of several requests inferred from all of
    /// them, so that a body shaped as any one of the requests is accepted.
    private static func inferringBodySchemas(of operation: APIOperation) -> APIOperation {
        var operation = operation
        for index in operation.requestBody?.contents.indices ?? 0..<0 {
            let content = operation.requestBody!.contents[index]
            guard content.isSchemaInferred, content.examples.count > 1 else { continue }
            let values = content.examples.compactMap { if case .json(let value) = $0.value { value } else { nil } }
            operation.requestBody!.contents[index].schema = ExampleSchemaInference.schema(fitting: values)
        }
        return operation
    }

    /// A response of one status declared twice: the first's schema, both's examples and headers; the second's
    /// examples without a body only when the first says something of its body.
    private static func combine(_ first: Response, _ second: Response) -> Response {
        var combined = first
        for content in second.contents {
            if let index = combined.contents.firstIndex(where: { $0.mediaType == content.mediaType }) {
                combined.contents[index].schema = combined.contents[index].schema ?? content.schema
                combined.contents[index].examples += content.examples
            } else {
                combined.contents.append(content)
            }
        }
        // A response that says nothing of its body (a typed contract's, which Mimic answers with inferred data)
        // keeps doing so: Postman's answers without a body would silence it.
        if !first.contents.isEmpty || !first.examplesWithoutBody.isEmpty {
            combined.examplesWithoutBody += second.examplesWithoutBody
        }
        combined.headers += second.headers.filter { header in !combined.headers.contains { $0.name.lowercased() == header.name.lowercased() } }
        combined.description = combined.description ?? second.description
        return combined
    }
}
