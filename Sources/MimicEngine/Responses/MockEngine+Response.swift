import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// The declared answer of `route` to `decoded`: status, `Content-Type`, the response's declared headers,
    /// and the body; a problem when `Prefer` or `Accept` asks for something the contract does not declare.
    /// `code` is the status asked for (`Prefer`'s, or a forced failure's), nil for the default choice.
    func answer(_ decoded: DecodedRequest, operation route: CompiledOperation, code: Int?) -> HTTPResponse {
        do {
            return try declaredAnswer(decoded, operation: route, code: code)
        } catch {
            return error.response()
        }
    }

    /// The declared answer of `route` to `decoded`, as ``answer(_:operation:code:)`` gives it, or the problem Mimic
    /// answers instead when `Prefer` or `Accept` asks for what the contract does not declare. What it returns
    /// claims to keep the contract: ``selfChecked(_:of:)`` checks it.
    func declaredAnswer(_ decoded: DecodedRequest, operation route: CompiledOperation, code: Int?) throws(ProblemDetails) -> HTTPResponse {
        let (request, operation, preference) = (decoded.request, route.operation, decoded.preference)
        guard let selection = ResponseSelection(for: operation, preferring: code) else {
            throw Self.responseNotDeclared(code ?? 0, operation: operation)
        }
        let scope = GenerationScope(resource: route.resource, identity: decoded.pathParameters.last?.value ?? "collection")
        let declaredHeaders = headers(of: selection.response, in: scope)
        guard HTTPResponse(status: selection.status).permitsBody else {
            return HTTPResponse(status: selection.status, headers: declaredHeaders)
        }
        let contents = selection.response?.contents ?? []
        let available = !contents.isEmpty ? contents.map(\.mediaType) : !operation.produces.isEmpty ? operation.produces : ["application/json"]
        guard let mediaType = ContentNegotiation(accept: request.headers.values(for: "Accept")).choose(from: available) else {
            // A response that declares no content has no body to refuse: it is answered without one (as Prism).
            guard contents.isEmpty else { throw Self.notAcceptable(request, operation: operation, available: available) }
            return HTTPResponse(status: selection.status, headers: declaredHeaders)
        }
        let content = contents.first { $0.mediaType == mediaType }
        if let name = preference.example, content?.examples.contains(where: { $0.name == name }) != true {
            throw Self.exampleNotDeclared(name, status: selection.status, mediaType: mediaType, operation: operation, content: content)
        }
        let isSuccess = (200...299).contains(selection.status)
        guard let body = declaredBody(content, preference: preference, scope: scope)
            ?? (isSuccess ? .json(inferredBody(for: decoded, operation: route)) : nil)
        else { return HTTPResponse(status: selection.status, headers: declaredHeaders) }
        var headers: HTTPHeaders = ["Content-Type": Self.contentType(mediaType)]
        declaredHeaders.forEach { headers.add($0.name, $0.value) }
        return HTTPResponse(status: selection.status, headers: headers, body: bytes(of: body, as: mediaType, schema: content?.schema))
    }

    /// The declared body: the example `Prefer` names, else (unless `Prefer: dynamic=true`, or ``dynamic`` without
    /// `Prefer: dynamic=false`) the first example of the content or of its schema, else one generated from its
    /// schema, else (with no schema to generate from, as in a Postman saved response) the first example; nil
    /// when the content gives neither.
    private func declaredBody(_ content: MediaTypeContent?, preference: PreferHeader, scope: GenerationScope) -> ExampleValue? {
        let dynamic = preference.dynamic ?? self.dynamic
        if let name = preference.example, let example = content?.examples.first(where: { $0.name == name }) {
            return example.value
        }
        if !dynamic, let example = content?.examples.first {
            return example.value
        }
        guard let schema = content?.schema else { return content?.examples.first?.value }
        if !dynamic, let example = schemas.resolve(schema).examples.first {
            return .json(example)
        }
        return .json(generator.value(for: schema, in: scope))
    }

    /// The headers `response` declares, in order, with generated values (`Content-Type` and `Content-Length`
    /// are Mimic's to write).
    private func headers(of response: Response?, in scope: GenerationScope) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for header in response?.headers ?? [] where !["content-type", "content-length"].contains(header.name.lowercased()) {
            let value = generator.value(for: header.schema, in: scope.appending("headers").appending(header.name))
            headers.add(header.name, value.scalarText ?? value.serialized())
        }
        return headers
    }

    /// The `Content-Type` for a chosen media type: the declared one verbatim, as Prism sends it (no `charset`
    /// the contract does not declare), except that a declared wildcard (`*/*`) is sent as JSON.
    private static func contentType(_ mediaType: String) -> String {
        mediaType.contains("*") ? "application/json" : mediaType
    }

    /// A body's bytes: JSON compact, in declared member order; for XML, a string that is markup as it is, any
    /// other value written as XML by its schema (``XMLWriter``); for any other type, a string, number or
    /// boolean as its text, anything else as JSON.
    private func bytes(of body: ExampleValue, as mediaType: String, schema: Schema?) -> [UInt8] {
        let type = MediaType(Self.contentType(mediaType))
        switch body {
        case .text(let text): return Array(text.utf8)
        case .json(let value) where type.isJSON: return Array(value.serialized().utf8)
        case .json(.string(let text)) where !type.isXML || text.drop(while: \.isWhitespace).first == "<": return Array(text.utf8)
        case .json(let value) where type.isXML: return Array(XMLWriter(schemas: schemas).document(for: value, schema: schema).utf8)
        case .json(let value): return Array((value.scalarText ?? value.serialized()).utf8)
        }
    }
}
