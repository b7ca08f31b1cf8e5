/// Merges the operations of several contracts: the same method and path shape described by several
/// files becomes one operation, its parameters the union of the declarations.
struct ContractMerger {
    private(set) var diagnostics: [Diagnostic] = []

    /// One operation per key, ordered by path then method.
    mutating func merge(_ contracts: [Contract]) -> [APIOperation] {
        var order: [String] = []
        var groups: [String: [APIOperation]] = [:]
        for operation in Self.byPrecedence(contracts).flatMap(\.operations) {
            if groups[operation.key] == nil { order.append(operation.key) }
            groups[operation.key, default: []].append(operation)
        }
        let merged = order.map { key in
            groups[key]!.dropFirst().reduce(groups[key]![0]) { merge($0, $1) }
        }
        return merged.sorted { lhs, rhs in
            let (left, right) = (lhs.path.description, rhs.path.description)
            return left != right ? left < right : HTTPMethods.rank(lhs.method) < HTTPMethods.rank(rhs.method)
        }
    }

    /// Contracts with declared types first (Swagger, OpenAPI), then Postman collections, each in file order.
    private static func byPrecedence(_ contracts: [Contract]) -> [Contract] {
        contracts.filter { $0.format != .postman } + contracts.filter { $0.format == .postman }
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
        merged.requestBody = merged.requestBody ?? other.requestBody
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

    /// A response of one status declared twice: the first's schema, both's examples and headers.
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
        combined.headers += second.headers.filter { header in !combined.headers.contains { $0.name.lowercased() == header.name.lowercased() } }
        combined.description = combined.description ?? second.description
        return combined
    }
}
