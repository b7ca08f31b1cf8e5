import MimicYAML

extension ImportContext {
    /// The location an `in` value names, or nil (reported) when it names none Mimic knows.
    func parameterLocation(_ node: YAMLNode, allowed: [ParameterLocation]) -> ParameterLocation? {
        guard let inNode = node["in"], let text = inNode.string else {
            warn("import.missing-location", "parameter '\(node["name"]?.string ?? "?")' has no 'in'; it is ignored", at: node)
            return nil
        }
        guard let location = ParameterLocation(rawValue: text), allowed.contains(location) else {
            warn("import.unknown-location", "parameter location '\(text)' is not one of \(allowed.map(\.rawValue).joined(separator: ", ")); the parameter is ignored", at: inNode)
            return nil
        }
        return location
    }

    /// Whether a parameter is required: always for path parameters (with a warning when the contract
    /// says otherwise), else as declared.
    func isRequired(_ node: YAMLNode, name: String, location: ParameterLocation) -> Bool {
        let declared = node["required"]?.bool
        guard location == .path else { return declared ?? false }
        if declared != true {
            warn("import.path-parameter-not-required", "path parameter '\(name)' is not marked 'required: true'; path parameters are always required", at: node["required"] ?? node)
        }
        return true
    }

    /// Adds a string parameter for every template parameter of `path` that `parameters` does not declare,
    /// and drops, with a warning, the declared path parameters the template lacks: no request can give them, so
    /// none is required.
    func reconcilePathParameters(_ parameters: inout [Parameter], path: PathTemplate, at node: YAMLNode) {
        let templateNames = path.parameterNames
        for parameter in parameters where parameter.location == .path && !templateNames.contains(parameter.name) {
            session.diagnostics.append(.warning(
                "import.unused-path-parameter",
                "path parameter '\(parameter.name)' does not appear in the path '\(path)'; it is ignored, and not required",
                at: parameter.source))
        }
        parameters.removeAll { $0.location == .path && !templateNames.contains($0.name) }
        for name in templateNames where !parameters.contains(where: { $0.location == .path && $0.name == name }) {
            warn("import.undeclared-path-parameter", "path '\(path)' uses '{\(name)}' but declares no such parameter; Mimic treats it as a string", at: node)
            parameters.append(Parameter(name: name, location: .path, required: true, schema: Schema(types: [.string]), isTypeDeclared: false, source: source(node)))
        }
    }

    /// Parameters of an operation after those of its path item: an operation's declaration replaces
    /// the path item's one with the same name and location.
    func combine(_ pathLevel: [Parameter], _ operationLevel: [Parameter]) -> [Parameter] {
        pathLevel.filter { shared in
            !operationLevel.contains { $0.name == shared.name && $0.location == shared.location }
        } + operationLevel
    }

    /// The security requirement alternatives of a `security` array.
    func securityRequirements(_ node: YAMLNode?) -> [SecurityRequirement]? {
        node?.sequence?.map { alternative in
            SecurityRequirement(schemeNames: alternative.mapping?.compactMap(\.key.string) ?? [])
        }
    }

    /// The status a `responses` key names; nil for extensions (`x-…`) and, with a warning, anything else.
    func responseStatus(_ key: YAMLNode) -> ResponseStatus? {
        guard let text = key.string, !text.hasPrefix("x-") else { return nil }
        guard let status = ResponseStatus(text) else {
            warn("import.invalid-status", "response key '\(text)' is not a status code, a range such as 2XX, or 'default'; it is ignored", at: key)
            return nil
        }
        return status
    }
}
