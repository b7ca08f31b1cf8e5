import Foundation
import MimicHTTPTypes
import MimicYAML

/// Reads a Postman Collection (v2.0.0 or v2.1.0) into a ``Contract``: every request, at any folder
/// depth, becomes an operation; its saved responses become named examples.
///
/// A collection declares no types, so every parameter is a string with ``Parameter/isTypeDeclared``
/// false, and no diagnostic says so (it would be noise on every parameter).
struct PostmanImporter {
    let context: ImportContext
    let root: YAMLNode

    /// A header a request or saved response lists: its name, value and declaring node.
    private typealias Header = (name: String, value: String?, node: YAMLNode)

    /// What the walk over the items gathers.
    private struct Gathered {
        var operations: [APIOperation] = []
        var schemes: [SecurityScheme] = []
    }

    func importContract() -> Contract {
        let variables = (root["variable"]?.sequence ?? []).compactMap { entry -> (String, String)? in
            guard let name = entry["key"]?.string ?? entry["id"]?.string, let value = entry["value"]?.string else { return nil }
            return (name, value)
        }
        var gathered = Gathered()
        let security = security(root["auth"], inherited: [], schemes: &gathered.schemes)
        items(root["item"], folders: [], security: security, hostVariables: Dictionary(variables) { first, _ in first }, into: &gathered)
        return Contract(
            file: context.file, format: .postman, title: root["info"]?["name"]?.string,
            version: version(root["info"]?["version"]), operations: gathered.operations, securitySchemes: gathered.schemes)
    }

    /// Reads a list of items: folders (with their own `auth`) recursively, requests into operations.
    private func items(
        _ list: YAMLNode?, folders: [String], security: [SecurityRequirement], hostVariables: [String: String],
        into gathered: inout Gathered
    ) {
        for item in list?.sequence ?? [] {
            if let children = item["item"] {
                let inner = self.security(item["auth"], inherited: security, schemes: &gathered.schemes)
                let path = folders + (item["name"]?.string.map { [$0] } ?? [])
                items(children, folders: path, security: inner, hostVariables: hostVariables, into: &gathered)
            } else if let request = item["request"] {
                let security = self.security(request["auth"], inherited: security, schemes: &gathered.schemes)
                if let operation = operation(item, request: request, tags: folders, security: security, hostVariables: hostVariables) {
                    gathered.operations.append(operation)
                }
            } else {
                context.warn("import.postman-empty-item", "\(label(item)) has neither 'request' nor 'item'; it is ignored", at: item)
            }
        }
    }

    /// The operation a request item describes; nil (reported) when its URL cannot be read.
    private func operation(
        _ item: YAMLNode, request: YAMLNode, tags: [String], security: [SecurityRequirement], hostVariables: [String: String]
    ) -> APIOperation? {
        let urlNode = request.string == nil ? request["url"] : request
        guard let urlNode, let url = PostmanURL(urlNode, hostVariables: hostVariables) else {
            context.warn("import.postman-invalid-url", "\(label(item)) has no URL Mimic can read (a string, or an object with 'raw', 'host' or 'path'); it is ignored", at: urlNode ?? request)
            return nil
        }
        let method = (request["method"]?.string ?? "GET").uppercased()
        guard !method.isEmpty, method.utf8.allSatisfy(HTTPGrammar.isToken) else {
            context.warn("import.unknown-method", "\(label(item)) has the method '\(method)', which is not an HTTP method (a token, such as GET); it is not served", at: request["method"] ?? request)
            return nil
        }
        var parameters: [Parameter] = []
        for entry in url.variables {
            guard let name = entry["key"]?.string ?? entry["id"]?.string else { continue }
            let type = entry["type"]?.string.flatMap { $0 == "boolean" || $0 == "number" ? SchemaType(rawValue: $0) : nil }
            add(parameter(name, .path, declaredBy: entry, schema: Schema(types: [type ?? .string]), isTypeDeclared: type != nil), to: &parameters)
        }
        for name in url.path.parameterNames {
            add(parameter(name, .path, declaredBy: urlNode["path"] ?? urlNode["raw"] ?? urlNode), to: &parameters)
        }
        context.reconcilePathParameters(&parameters, path: url.path, at: urlNode)
        for (name, node) in url.query {
            add(parameter(name, .query, declaredBy: node), to: &parameters)
        }
        let headers = headers(request["header"])
        for header in headers where header.name.lowercased() != "content-type" {
            add(parameter(header.name, .header, declaredBy: header.node), to: &parameters)
        }
        let (body, consumes) = body(request["body"], contentType: contentType(headers), parameters: &parameters)
        let name = item["name"]?.string
        return APIOperation(
            method: method, path: url.path, operationId: name, summary: name,
            description: description(request["description"]) ?? description(item["description"]), tags: tags,
            parameters: parameters, requestBody: body, responses: responses(item["response"], of: item),
            consumes: consumes, security: security, sources: [context.source(item)])
    }

    /// A parameter as a collection lists it: a string of no declared type unless told otherwise,
    /// required only in the path.
    private func parameter(
        _ name: String, _ location: ParameterLocation, declaredBy node: YAMLNode,
        schema: Schema = Schema(types: [.string]), isTypeDeclared: Bool = false
    ) -> Parameter {
        Parameter(
            name: name, location: location, required: location == .path, schema: schema, isTypeDeclared: isTypeDeclared,
            description: description(node["description"]), source: context.source(node))
    }

    /// Appends `parameter` unless one of the same name and location is already declared.
    private func add(_ parameter: Parameter, to parameters: inout [Parameter]) {
        guard !parameters.contains(where: { $0.name == parameter.name && $0.location == parameter.location }) else { return }
        parameters.append(parameter)
    }

    /// The headers listed as `{key, value}` entries, or as v2.0's `Key: value` lines.
    private func headers(_ node: YAMLNode?) -> [Header] {
        guard let node else { return [] }
        if let text = node.string {
            return text.split(whereSeparator: \.isNewline).compactMap { line in
                let parts = line.split(separator: ":", maxSplits: 1)
                let name = parts.first?.trimmingCharacters(in: .whitespaces) ?? ""
                return name.isEmpty ? nil : (name, parts.dropFirst().first?.trimmingCharacters(in: .whitespaces), node)
            }
        }
        return (node.sequence ?? []).compactMap { entry in entry["key"]?.string.map { ($0, entry["value"]?.string, entry) } }
    }

    /// The media type an enabled `Content-Type` header names, its parameters (`charset` …) dropped;
    /// nil for none, or for a wildcard such as `*/*`, which says nothing.
    private func contentType(_ headers: [Header]) -> String? {
        let header = headers.first { $0.name.lowercased() == "content-type" && $0.node["disabled"]?.bool != true }
        let mediaType = header?.value?.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces) ?? ""
        return mediaType.isEmpty || mediaType.contains("*") ? nil : mediaType
    }

    /// The request body a `body` object describes (raw text, a file, a GraphQL query), or a `body` that is the
    /// raw text itself (as Prism reads it), and the media types the operation consumes; urlencoded and form-data
    /// fields become `formData` parameters instead, and their mode, not a `Content-Type` header, gives the media
    /// type.
    private func body(_ node: YAMLNode?, contentType: String?, parameters: inout [Parameter]) -> (RequestBody?, consumes: [String]) {
        let content: MediaTypeContent
        if let node, let text = node.string {
            guard !text.isEmpty else { return (nil, []) }
            content = self.content(text, declared: contentType, language: nil, name: nil, at: node)
            return (RequestBody(required: false, contents: [content], source: context.source(node)), [content.mediaType])
        }
        guard let node, let mode = node["mode"]?.string else { return (nil, []) }
        switch mode {
        case "raw":
            guard let raw = node["raw"], let text = raw.string, !text.isEmpty else { return (nil, []) }
            content = self.content(text, declared: contentType, language: node["options"]?["raw"]?["language"]?.string, name: nil, at: raw)
        case "file":
            content = MediaTypeContent(mediaType: contentType ?? "application/octet-stream")
        case "graphql":
            content = MediaTypeContent(mediaType: contentType ?? "application/json")
        case "urlencoded", "formdata":
            let fields = node[mode]?.sequence ?? []
            for field in fields {
                guard let name = field["key"]?.string else { continue }
                let format = field["type"]?.string == "file" ? "binary" : nil
                add(parameter(name, .formData, declaredBy: field, schema: Schema(types: [.string], format: format)), to: &parameters)
            }
            guard !fields.isEmpty else { return (nil, []) }
            return (nil, [mode == "urlencoded" ? "application/x-www-form-urlencoded" : "multipart/form-data"])
        default:
            return (nil, [])
        }
        return (RequestBody(required: false, contents: [content], source: context.source(node)), [content.mediaType])
    }

    /// One response per status of the saved responses, each saved body a named example of it;
    /// a `200` without content when there are none.
    private func responses(_ list: YAMLNode?, of item: YAMLNode) -> [Response] {
        var responses: [Response] = []
        for saved in list?.sequence ?? [] {
            guard let status = saved["code"]?.integer.flatMap({ ResponseStatus(String($0)) }) else {
                context.warn("import.postman-invalid-response", "saved response '\(saved["name"]?.string ?? "?")' has no status code from 100 to 599; it is ignored", at: saved["code"] ?? saved)
                continue
            }
            let index = responses.firstIndex { $0.status == status } ?? responses.endIndex
            if index == responses.endIndex {
                responses.append(Response(status: status, description: saved["status"]?.string, source: context.source(saved)))
            }
            guard let text = saved["body"]?.string, !text.isEmpty else { continue }
            let content = content(
                text, declared: contentType(headers(saved["header"])), language: saved["_postman_previewlanguage"]?.string,
                name: saved["name"]?.string, at: saved)
            if let known = responses[index].contents.firstIndex(where: { $0.mediaType == content.mediaType }) {
                responses[index].contents[known].examples += content.examples
            } else {
                responses[index].contents.append(content)
            }
        }
        return responses.isEmpty ? [Response(status: .code(200), source: context.source(item))] : responses
    }

    /// A body text as content: its media type (declared, else hinted by Postman's `language`, else
    /// JSON when it parses as JSON, else plain text) with the text as its one example.
    private func content(_ text: String, declared: String?, language: String?, name: String?, at node: YAMLNode) -> MediaTypeContent {
        let first = text.first { !$0.isWhitespace }
        let json = first == "{" || first == "[" ? (try? YAML.parseJSON(Array(text.utf8)))?.jsonValue : nil
        let hinted: String? = switch language {
        case "json": "application/json"
        case "xml": "application/xml"
        case "html": "text/html"
        case "javascript": "application/javascript"
        case "text": "text/plain"
        default: nil
        }
        let mediaType = declared ?? hinted ?? (json == nil ? "text/plain" : "application/json")
        return MediaTypeContent(mediaType: mediaType, examples: [Example(name: name, value: json.map(ExampleValue.json) ?? .text(text), source: context.source(node))])
    }

    /// The security an `auth` object sets for what it covers: the inherited one when there is no `auth`,
    /// none for `noauth`, else a requirement of the scheme it describes (registered on first use).
    private func security(_ auth: YAMLNode?, inherited: [SecurityRequirement], schemes: inout [SecurityScheme]) -> [SecurityRequirement] {
        guard let auth, let type = auth["type"]?.string else { return inherited }
        let kind: SecurityScheme.Kind
        switch type {
        case "noauth": return []
        case "basic", "bearer", "digest": kind = .http(scheme: type)
        case "oauth2": kind = .oauth2
        case "apikey":
            guard let key = attribute("key", of: auth[type]) else {
                context.warn("import.postman-invalid-auth", "apikey auth names no 'key' (the header or query parameter); requests are not checked for it", at: auth)
                return []
            }
            kind = .apiKey(parameterName: key, location: attribute("in", of: auth[type]) == "query" ? .query : .header)
        default:
            context.warn("import.postman-unsupported-auth", "auth type '\(type)' is not supported; requests are not checked for it", at: auth)
            return []
        }
        if let known = schemes.first(where: { $0.kind == kind }) { return [SecurityRequirement(schemeNames: [known.name])] }
        let name = schemes.contains { $0.name == type } ? "\(type)-\(schemes.count + 1)" : type
        schemes.append(SecurityScheme(name: name, kind: kind, source: context.source(auth)))
        return [SecurityRequirement(schemeNames: [name])]
    }

    /// An auth attribute: a member of v2.0's object, or the `value` of v2.1's `{key, value}` entry.
    private func attribute(_ name: String, of node: YAMLNode?) -> String? {
        node?[name]?.string ?? node?.sequence?.first { $0["key"]?.string == name }?["value"]?.string
    }

    /// A description: a string, or an object holding the text in `content`.
    private func description(_ node: YAMLNode?) -> String? {
        node?.string ?? node?["content"]?.string
    }

    /// `info.version`: a string, or v2.0's `{major, minor, patch}` object.
    private func version(_ node: YAMLNode?) -> String? {
        guard let node, node.mapping != nil else { return node?.string }
        let parts = ["major", "minor", "patch"].compactMap { node[$0]?.string }
        return parts.count == 3 ? parts.joined(separator: ".") : nil
    }

    /// How diagnostics name an item.
    private func label(_ item: YAMLNode) -> String {
        item["name"]?.string.map { "item '\($0)'" } ?? "an unnamed item"
    }
}
