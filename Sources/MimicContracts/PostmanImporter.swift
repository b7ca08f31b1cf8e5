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
    typealias Header = (name: String, value: String?, node: YAMLNode)

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
        let (body, consumes) = body(request["body"], of: item, contentType: contentType(headers), parameters: &parameters)
        let name = item["name"]?.string
        return APIOperation(
            method: method, path: url.path, operationId: name, summary: name,
            description: description(request["description"]) ?? description(item["description"]), tags: tags,
            parameters: parameters, requestBody: body, responses: responses(item["response"]),
            consumes: consumes, security: security, sources: [context.source(item)])
    }

    /// A parameter as a collection lists it: a string of no declared type unless told otherwise,
    /// required only in the path.
    func parameter(
        _ name: String, _ location: ParameterLocation, declaredBy node: YAMLNode,
        schema: Schema = Schema(types: [.string]), isTypeDeclared: Bool = false
    ) -> Parameter {
        Parameter(
            name: name, location: location, required: location == .path, schema: schema, isTypeDeclared: isTypeDeclared,
            description: description(node["description"]), source: context.source(node))
    }

    /// Appends `parameter` unless one of the same name and location is already declared.
    func add(_ parameter: Parameter, to parameters: inout [Parameter]) {
        guard !parameters.contains(where: { $0.name == parameter.name && $0.location == parameter.location }) else { return }
        parameters.append(parameter)
    }

    /// The headers listed as `{key, value}` entries (those marked `disabled` too: they document an optional
    /// header) or `Key: value` strings, or as v2.0's `Key: value` lines.
    func headers(_ node: YAMLNode?) -> [Header] {
        guard let node else { return [] }
        if let text = node.string { return Self.headerLines(text, at: node) }
        return (node.sequence ?? []).flatMap { entry -> [Header] in
            if let text = entry.string { return Self.headerLines(text, at: entry) }
            guard let name = entry["key"]?.string else { return [] }
            return [(name, entry["value"]?.string, entry)]
        }
    }

    /// The headers of `Key: value` lines.
    private static func headerLines(_ text: String, at node: YAMLNode) -> [Header] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            let name = parts.first?.trimmingCharacters(in: .whitespaces) ?? ""
            return name.isEmpty ? nil : (name, parts.dropFirst().first?.trimmingCharacters(in: .whitespaces), node)
        }
    }

    /// The media type an enabled `Content-Type` header names, its parameters (`charset` …) dropped;
    /// nil for none, or for a wildcard such as `*/*`, which says nothing.
    func contentType(_ headers: [Header]) -> String? {
        let header = headers.first { $0.name.lowercased() == "content-type" && $0.node["disabled"]?.bool != true }
        let mediaType = header?.value?.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces) ?? ""
        return mediaType.isEmpty || mediaType.utf8.contains(UInt8(ascii: "*")) ? nil : mediaType
    }

    /// A body text as content: its media type (``mediaType(declared:language:isJSON:)``) with the text as its
    /// one example, as JSON when it is an object or array in JSON.
    func content(_ text: String, declared: String?, language: String?, name: String?, at node: YAMLNode) -> MediaTypeContent {
        let json = Self.sniffedJSON(text)
        let mediaType = Self.mediaType(declared: declared, language: language, isJSON: json != nil)
        return MediaTypeContent(mediaType: mediaType, examples: [Example(name: name, value: json.map(ExampleValue.json) ?? .text(text), source: context.source(node))])
    }

    /// The media type of a body: declared by its `Content-Type`, else hinted by Postman's `language`, else
    /// JSON when it is JSON, else plain text.
    static func mediaType(declared: String?, language: String?, isJSON: Bool) -> String {
        let hinted: String? = switch language {
        case "json": "application/json"
        case "xml": "application/xml"
        case "html": "text/html"
        case "javascript": "application/javascript"
        case "text": "text/plain"
        default: nil
        }
        return declared ?? hinted ?? (isJSON ? "application/json" : "text/plain")
    }

    /// The JSON value of a text that starts as an object or an array and is JSON; nil for any other text.
    static func sniffedJSON(_ text: String) -> JSONValue? {
        let first = text.first { !$0.isWhitespace }
        return first == "{" || first == "[" ? json(Array(text.utf8)) : nil
    }

    /// The JSON value of `bytes`; nil when they are not JSON.
    static func json(_ bytes: [UInt8]) -> JSONValue? {
        (try? YAML.parseJSON(bytes))?.jsonValue
    }

    /// The security an `auth` object sets for what it covers, as Postman inherits it (collection, then each
    /// folder, then the request): the inherited one when there is no `auth` (or a null one, or the app's
    /// `inherit`), none for `noauth`, else a requirement of the scheme it describes (registered on first use):
    /// `oauth2` is what Postman sends once it holds a token, a bearer token (or the `access_token` query parameter).
    private func security(_ auth: YAMLNode?, inherited: [SecurityRequirement], schemes: inout [SecurityScheme]) -> [SecurityRequirement] {
        guard let auth, let type = auth["type"]?.string, type != "inherit" else { return inherited }
        let kind: SecurityScheme.Kind
        switch type {
        case "noauth": return []
        case "basic", "bearer", "digest": kind = .http(scheme: type)
        case "oauth2" where attribute("addTokenTo", of: auth[type]) == "queryParams": kind = .apiKey(parameterName: "access_token", location: .query)
        case "oauth2": kind = .http(scheme: "bearer")
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
    func label(_ item: YAMLNode) -> String {
        item["name"]?.string.map { "item '\($0)'" } ?? "an unnamed item"
    }
}
