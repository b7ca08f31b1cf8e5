import Foundation
import MimicYAML

/// Reads an OpenAPI 3.0 or 3.1 document into a ``Contract``.
struct OpenAPI3Importer {
    let context: ImportContext
    let root: YAMLNode
    let format: ContractFormat

    func importContract() -> Contract {
        let basePath = serverPath(root["servers"]) ?? PathTemplate(segments: [])
        let security = context.securityRequirements(root["security"]) ?? []
        var operations: [APIOperation] = []
        for declared in context.declaredPaths(root["paths"]) {
            let importer = OpenAPI3Importer(context: declared.itemContext, root: root, format: format)
            let shared = importer.parameters(declared.item["parameters"])
            let itemBase = importer.serverPath(declared.item["servers"]) ?? basePath
            for (method, node) in declared.operations {
                let base = importer.serverPath(node["servers"]) ?? itemBase
                var operation = importer.operation(node, pathKey: declared.key, method: method, path: PathTemplate(declared.text).prefixed(by: base), shared: shared)
                if node["security"] == nil { operation.security = security }
                operations.append(operation)
            }
        }
        return Contract(
            file: context.file, format: format, title: root["info"]?["title"]?.string,
            version: root["info"]?["version"]?.string, basePath: basePath, operations: operations,
            securitySchemes: securitySchemes())
    }

    /// The path part of the first server's URL (`https://host/api/3` → `/api/3`), variables replaced
    /// by their defaults; nil when there is no server.
    private func serverPath(_ servers: YAMLNode?) -> PathTemplate? {
        guard let server = servers?.sequence?.first, var url = server["url"]?.string else { return nil }
        for variable in server["variables"]?.mapping ?? [] {
            guard let name = variable.key.string, let value = variable.value["default"]?.string else { continue }
            url = url.replacingOccurrences(of: "{\(name)}", with: value)
        }
        if let scheme = url.range(of: "://") {
            let afterHost = url[scheme.upperBound...].firstIndex(of: "/") ?? url.endIndex
            url = String(url[afterHost...])
        }
        return PathTemplate(url)
    }

    private func operation(_ node: YAMLNode, pathKey: YAMLNode, method: String, path: PathTemplate, shared: [Parameter]) -> APIOperation {
        var parameters = context.combine(shared, self.parameters(node["parameters"]))
        context.reconcilePathParameters(&parameters, path: path, at: pathKey)
        let body = node["requestBody"].flatMap(requestBody)
        let responses = self.responses(node["responses"])
        var produces: [String] = []
        for mediaType in responses.flatMap({ $0.contents.map(\.mediaType) }) where !produces.contains(mediaType) {
            produces.append(mediaType)
        }
        return APIOperation(
            method: method.uppercased(), path: path, operationId: node["operationId"]?.string,
            summary: node["summary"]?.string, description: node["description"]?.string,
            tags: node["tags"]?.sequence?.compactMap(\.string) ?? [], parameters: parameters, requestBody: body,
            responses: responses, produces: produces, consumes: body?.contents.map(\.mediaType) ?? [],
            security: context.securityRequirements(node["security"]) ?? [], deprecated: node["deprecated"]?.bool ?? false,
            sources: [context.source(node)])
    }

    private func parameters(_ list: YAMLNode?) -> [Parameter] {
        (list?.sequence ?? []).compactMap { entry in
            context.importOnce(entry, kept: context.session.openAPIParameters) { node, context in
                OpenAPI3Importer(context: context, root: root, format: format).parameter(node)
            } ?? nil
        }
    }

    private func parameter(_ node: YAMLNode) -> Parameter? {
        guard let name = node["name"]?.string else {
            context.warn("import.missing-name", "parameter has no 'name'; it is ignored", at: node)
            return nil
        }
        guard let location = context.parameterLocation(node, allowed: [.path, .query, .header, .cookie]) else { return nil }
        let schemaNode = node["schema"] ?? node["content"]?.mapping?.first?.value["schema"]
        var schema = schemaNode.map { context.schema($0) } ?? Schema()
        let isTypeDeclared = schemaNode != nil
        if !isTypeDeclared {
            schema.types = [.string]
            context.warn("import.missing-type", "parameter '\(name)' (\(location.rawValue)) declares no schema; Mimic treats it as a string", at: node)
        }
        return Parameter(
            name: name, location: location, required: context.isRequired(node, name: name, location: location),
            schema: schema, style: node["style"]?.string.flatMap(ParameterStyle.init), explode: node["explode"]?.bool,
            isTypeDeclared: isTypeDeclared, description: node["description"]?.string, examples: examples(of: node),
            deprecated: node["deprecated"]?.bool ?? false,
            allowsEmptyValue: location == .query ? node["allowEmptyValue"]?.bool ?? false : true,
            allowsReserved: location == .query ? node["allowReserved"]?.bool : nil, source: context.source(node))
    }

    /// The `example` and named `examples` of a parameter or media type object.
    private func examples(of node: YAMLNode) -> [Example] {
        var examples: [Example] = []
        if let example = node["example"] {
            examples.append(Example(value: .json(example.jsonValue), source: context.source(example)))
        }
        for pair in node["examples"]?.mapping ?? [] {
            guard let name = pair.key.string, let (example, exampleContext) = context.resolved(pair.value) else { continue }
            guard let value = example["value"] else { continue }
            examples.append(Example(name: name, summary: example["summary"]?.string, value: .json(value.jsonValue), source: exampleContext.source(value)))
        }
        return examples
    }

    /// The media types of a `content` map; a key that is not a media type (`description: ok` written one level
    /// too deep) is a warning and ignored, as Prism ignores it.
    private func contents(_ node: YAMLNode?) -> [MediaTypeContent] {
        (node?.mapping ?? []).compactMap { pair in
            guard let mediaType = pair.key.string else { return nil }
            guard mediaType.utf8.contains(UInt8(ascii: "/")) else {
                context.warn("import.invalid-media-type", "'\(mediaType)' is not a media type (type/subtype); this entry of 'content' is ignored", at: pair.key)
                return nil
            }
            let schema = pair.value["schema"].map { context.schema($0) }
            var reservedAllowed: [String: Bool] = [:]
            for field in pair.value["encoding"]?.mapping ?? [] {
                if let name = field.key.string { reservedAllowed[name] = field.value["allowReserved"]?.bool ?? false }
            }
            return MediaTypeContent(mediaType: mediaType, schema: schema, examples: examples(of: pair.value), reservedAllowed: reservedAllowed)
        }
    }

    private func requestBody(_ entry: YAMLNode) -> RequestBody? {
        guard let (node, context) = context.resolved(entry) else { return nil }
        let importer = OpenAPI3Importer(context: context, root: root, format: format)
        return RequestBody(
            required: node["required"]?.bool ?? false, description: node["description"]?.string,
            contents: importer.contents(node["content"]), source: context.source(node))
    }

    private func responses(_ node: YAMLNode?) -> [Response] {
        (node?.mapping ?? []).compactMap { pair -> Response? in
            guard let status = context.responseStatus(pair.key) else { return nil }
            guard let (response, responseContext) = context.resolved(pair.value) else { return nil }
            let importer = OpenAPI3Importer(context: responseContext, root: root, format: format)
            let headers = (response["headers"]?.mapping ?? []).compactMap { header -> ResponseHeader? in
                guard let name = header.key.string, let (headerNode, headerContext) = responseContext.resolved(header.value) else { return nil }
                let schema = headerNode["schema"].map { headerContext.schema($0) } ?? Schema(types: [.string])
                return ResponseHeader(
                    name: name, schema: schema, description: headerNode["description"]?.string, required: headerNode["required"]?.bool ?? false)
            }
            let contents = importer.contents(response["content"])
            for content in contents {
                let key = response["content"]?.mapping?.first { $0.key.string == content.mediaType }?.key
                key.map { responseContext.checkServable(content, at: $0) }
            }
            return Response(
                status: status, description: response["description"]?.string, headers: headers,
                contents: contents, source: context.source(pair.key))
        }
    }

    private func securitySchemes() -> [SecurityScheme] {
        (root["components"]?["securitySchemes"]?.mapping ?? []).compactMap { pair in
            guard let name = pair.key.string, let (node, _) = context.resolved(pair.value) else { return nil }
            let kind: SecurityScheme.Kind
            switch node["type"]?.string {
            case "http": kind = .http(scheme: (node["scheme"]?.string ?? "bearer").lowercased())
            case "oauth2", "openIdConnect": kind = .oauth2
            case "apiKey":
                guard let parameterName = node["name"]?.string, let location = node["in"]?.string.flatMap(ParameterLocation.init) else {
                    context.warn("import.invalid-security-scheme", "apiKey scheme '\(name)' needs 'name' and 'in' (header, query or cookie)", at: node)
                    return nil
                }
                kind = .apiKey(parameterName: parameterName, location: location)
            case "mutualTLS": return nil
            default:
                context.warn("import.invalid-security-scheme", "security scheme '\(name)' has an unknown type; expected http, apiKey, oauth2, openIdConnect or mutualTLS", at: node)
                return nil
            }
            return SecurityScheme(name: name, kind: kind, source: context.source(pair.key))
        }
    }
}
