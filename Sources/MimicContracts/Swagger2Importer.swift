import MimicYAML

/// Reads a Swagger 2.0 document into a ``Contract``.
struct Swagger2Importer {
    let context: ImportContext
    let root: YAMLNode

    func importContract() -> Contract {
        let basePath = PathTemplate(root["basePath"]?.string ?? "/")
        let produces = mediaTypes(root["produces"]) ?? []
        let consumes = mediaTypes(root["consumes"]) ?? []
        let security = context.securityRequirements(root["security"]) ?? []
        var operations: [APIOperation] = []
        for declared in context.declaredPaths(root["paths"]) {
            let importer = Swagger2Importer(context: declared.itemContext, root: root)
            let shared = importer.parameters(declared.item["parameters"]).parameters
            let path = PathTemplate(declared.text).prefixed(by: basePath)
            for (method, node) in declared.operations {
                var operation = importer.operation(node, pathKey: declared.key, method: method, path: path, shared: shared, produces: produces, consumes: consumes)
                if node["security"] == nil { operation.security = security }
                operations.append(operation)
            }
        }
        return Contract(
            file: context.file, format: .swagger2, title: root["info"]?["title"]?.string,
            version: root["info"]?["version"]?.string, basePath: basePath, operations: operations,
            securitySchemes: securitySchemes())
    }

    private func operation(
        _ node: YAMLNode, pathKey: YAMLNode, method: String, path: PathTemplate, shared: [Parameter], produces: [String], consumes: [String]
    ) -> APIOperation {
        let declared = parameters(node["parameters"])
        var parameters = context.combine(shared, declared.parameters)
        context.reconcilePathParameters(&parameters, path: path, at: pathKey)
        let consumes = mediaTypes(node["consumes"]) ?? consumes
        let produces = mediaTypes(node["produces"]) ?? produces
        var body = declared.body
        if let schema = declared.bodySchema {
            body?.contents = (consumes.isEmpty ? ["application/json"] : consumes).map { MediaTypeContent(mediaType: $0, schema: schema) }
        }
        return APIOperation(
            method: method.uppercased(), path: path, operationId: node["operationId"]?.string,
            summary: node["summary"]?.string, description: node["description"]?.string,
            tags: node["tags"]?.sequence?.compactMap(\.string) ?? [], parameters: parameters, requestBody: body,
            responses: responses(node["responses"], produces: produces), produces: produces, consumes: consumes,
            security: context.securityRequirements(node["security"]) ?? [], deprecated: node["deprecated"]?.bool ?? false,
            sources: [context.source(node)])
    }

    private func mediaTypes(_ node: YAMLNode?) -> [String]? {
        node?.sequence?.compactMap(\.string)
    }

    /// The parameters of a `parameters` list, with the `in: body` one set apart as a request body.
    private func parameters(_ list: YAMLNode?) -> (parameters: [Parameter], body: RequestBody?, bodySchema: Schema?) {
        var result: (parameters: [Parameter], body: RequestBody?, bodySchema: Schema?) = ([], nil, nil)
        for entry in list?.sequence ?? [] {
            guard let (node, context) = context.resolved(entry) else { continue }
            if node["in"]?.string == "body" {
                let schema = node["schema"].map { context.schema($0) } ?? Schema()
                result.body = RequestBody(required: node["required"]?.bool ?? false, description: node["description"]?.string, contents: [], source: context.source(node))
                result.bodySchema = schema
            } else if let parameter = Swagger2Importer(context: context, root: root).parameter(node) {
                result.parameters.append(parameter)
            }
        }
        return result
    }

    private func parameter(_ node: YAMLNode) -> Parameter? {
        guard let name = node["name"]?.string else {
            context.warn("import.missing-name", "parameter has no 'name'; it is ignored", at: node)
            return nil
        }
        guard let location = context.parameterLocation(node, allowed: [.path, .query, .header, .formData]) else { return nil }
        var schema = context.schema(node)
        schema.description = nil
        let isTypeDeclared = node["type"] != nil
        if !isTypeDeclared {
            schema.types = [.string]
            context.warn("import.missing-type", "parameter '\(name)' (\(location.rawValue)) declares no type; Mimic treats it as a string", at: node)
        }
        let (style, explode) = Self.style(collectionFormat: node["collectionFormat"]?.string, location: location)
        return Parameter(
            name: name, location: location, required: context.isRequired(node, name: name, location: location),
            schema: schema, style: style, explode: explode, isTypeDeclared: isTypeDeclared,
            description: node["description"]?.string,
            allowsEmptyValue: location == .query || location == .formData ? node["allowEmptyValue"]?.bool ?? false : true,
            source: context.source(node))
    }

    /// The OpenAPI style and explode equivalent to a Swagger `collectionFormat` (default `csv`).
    static func style(collectionFormat: String?, location: ParameterLocation) -> (ParameterStyle, Bool) {
        switch collectionFormat {
        case "ssv": (.spaceDelimited, false)
        case "tsv": (.tabDelimited, false)
        case "pipes": (.pipeDelimited, false)
        case "multi": (.form, true)
        default: (location == .path || location == .header ? .simple : .form, false)
        }
    }

    /// The declared responses; a schema applies to every media type the operation produces, and each
    /// `examples` entry is the example for its media type.
    private func responses(_ node: YAMLNode?, produces: [String]) -> [Response] {
        (node?.mapping ?? []).compactMap { pair -> Response? in
            guard let status = context.responseStatus(pair.key) else { return nil }
            guard let (response, context) = context.resolved(pair.value) else { return nil }
            let schema = response["schema"].map { context.schema($0) }
            let examples = (response["examples"]?.mapping ?? []).compactMap { example -> (String, Example)? in
                example.key.string.map { ($0, Example(value: .json(example.value.jsonValue), source: context.source(example.value))) }
            }
            var mediaTypes = schema == nil ? [] : (produces.isEmpty ? ["application/json"] : produces)
            mediaTypes += examples.map(\.0).filter { !mediaTypes.contains($0) }
            let contents = mediaTypes.map { mediaType in
                MediaTypeContent(mediaType: mediaType, schema: schema, examples: examples.filter { $0.0 == mediaType }.map(\.1))
            }
            if let schemaNode = response["schema"] {
                contents.forEach { context.checkServable($0, at: schemaNode) }
            }
            let headers = (response["headers"]?.mapping ?? []).compactMap { header -> ResponseHeader? in
                guard let name = header.key.string else { return nil }
                return ResponseHeader(name: name, schema: context.schema(header.value), description: header.value["description"]?.string)
            }
            return Response(status: status, description: response["description"]?.string, headers: headers, contents: contents, source: context.source(pair.key))
        }
    }

    private func securitySchemes() -> [SecurityScheme] {
        (root["securityDefinitions"]?.mapping ?? []).compactMap { pair in
            guard let name = pair.key.string else { return nil }
            let node = pair.value
            let kind: SecurityScheme.Kind
            switch node["type"]?.string {
            case "basic": kind = .http(scheme: "basic")
            case "oauth2": kind = .oauth2
            case "apiKey":
                guard let parameterName = node["name"]?.string, let location = node["in"]?.string.flatMap(ParameterLocation.init) else {
                    context.warn("import.invalid-security-scheme", "apiKey scheme '\(name)' needs 'name' and 'in' (header or query)", at: node)
                    return nil
                }
                kind = .apiKey(parameterName: parameterName, location: location)
            default:
                context.warn("import.invalid-security-scheme", "security scheme '\(name)' has an unknown type; expected basic, apiKey or oauth2", at: node)
                return nil
            }
            return SecurityScheme(name: name, kind: kind, source: context.source(pair.key))
        }
    }
}
