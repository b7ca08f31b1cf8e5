import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// The declared answer of `route` to `decoded`: status, `Content-Type`, the response's declared headers,
    /// and the body; a problem when `Prefer` or `Accept` asks for something the contract does not declare.
    /// `code` is the status asked for (`Prefer`'s, or a forced failure's), nil for the default choice.
    /// An example answered with headers saved with it (a Postman saved response's) brings them too, its
    /// `Content-Type` verbatim.
    func answer(_ decoded: DecodedRequest, operation route: CompiledOperation, code: Int?) -> HTTPResponse {
        do {
            return try declaredAnswer(decoded, operation: route, code: code)
        } catch {
            return error.response(style: problems)
        }
    }

    /// The declared answer of `route` to `decoded`, as ``answer(_:operation:code:)`` gives it, or the problem Mimic
    /// answers instead when `Prefer` or `Accept` asks for what the contract does not declare. What it returns
    /// claims to keep the contract: ``selfChecked(_:of:)`` checks it.
    func declaredAnswer(_ decoded: DecodedRequest, operation route: CompiledOperation, code: Int?) throws(ProblemDetails) -> HTTPResponse {
        let (request, operation, preference) = (decoded.request, route.operation, decoded.preference)
        guard let selection = ResponseSelection(for: operation, preferring: code, example: preference.example) else {
            throw Self.responseNotDeclared(code ?? 0, operation: operation)
        }
        let scope = generationScope(for: decoded, operation: route)
        let declaredHeaders = headers(of: selection.response, in: scope)
        let accept = request.headers.values(for: "Accept")
        if let answer = try Self.answerBeforeBody(selection, preference: preference, code: code, operation: operation, headers: declaredHeaders, accept: accept) {
            return answer
        }
        let contents = selection.response?.contents ?? []
        let available = !contents.isEmpty ? contents.map(\.mediaType) : !operation.produces.isEmpty ? operation.produces : ["application/json"]
        guard let mediaType = ContentNegotiation(accept: accept).choose(from: available) else {
            // A response that declares no content has no body to refuse: it is answered without one (as Prism).
            guard contents.isEmpty else { throw Self.notAcceptable(request, operation: operation, available: available) }
            return HTTPResponse(status: selection.status, headers: declaredHeaders)
        }
        let content = contents.first { $0.mediaType == mediaType }
        if let name = preference.example, content?.examples.contains(where: { $0.name == name }) != true {
            let searched = "the \(selection.status) \(mediaType) response"
            throw Self.exampleNotDeclared(name, in: searched, mediaType: mediaType, operation: operation, declared: content?.examples.compactMap(\.name) ?? [])
        }
        let isSuccess = (200...299).contains(selection.status)
        let declared = declaredBody(content, preference: preference, scope: scope, request: generationRequest(for: decoded, operation: route), broken: route.brokenExamples)
        guard let body = declared?.value ?? (isSuccess ? .json(inferredBody(for: decoded, operation: route)) : nil)
        else { return HTTPResponse(status: selection.status, headers: declaredHeaders) }
        let saved = declared?.example?.headers ?? HTTPHeaders()
        let savedType = saved["Content-Type"].flatMap { MediaType($0).essence == MediaType(mediaType).essence ? $0 : nil }
        var headers: HTTPHeaders = ["Content-Type": savedType ?? Self.contentType(mediaType)]
        declaredHeaders.forEach { headers.add($0.name, $0.value) }
        let response = HTTPResponse(status: selection.status, headers: Self.adding(saved, to: headers), body: bytes(of: body, as: mediaType, schema: content?.schema))
        // An example may contradict its schema (a generated body keeps it by construction): in Prism's style, what
        // it breaks travels in `sl-violations` (with `--errors`, ``selfChecked(_:of:)`` refuses it instead). A JSON
        // example the engine found keeping its schema when it compiled the operation is not checked again.
        let keepsSchema = declared?.example.map { MediaType(mediaType).isJSON && !route.brokenExamples.contains($0.source) } ?? false
        let notes = problems == .prism && !errors && declared?.generated == false && !keepsSchema
        return notes ? notingViolations(of: response, operation: operation) : response
    }

    /// Where `route`'s answer to `decoded` is generated: an item's entity is that of the identity in the path,
    /// and a create's that of an identity derived from the submitted body (so the entity a create answers reads
    /// back the same); other values belong to the last path parameter's value.
    private func generationScope(for decoded: DecodedRequest, operation route: CompiledOperation) -> GenerationScope {
        let identity = decoded.pathParameters.last?.value ?? "collection"
        switch route.access {
        case .item?:
            return GenerationScope(resource: route.resource, identity: identity, binding: .pending)
        case .collection(let resource)? where decoded.request.method == "POST":
            let created = derivedIdentity(in: resource, from: "created " + String(decoding: decoded.request.body, as: UTF8.self))
            return GenerationScope(resource: route.resource, identity: created, binding: .pending)
        case .collection?, nil:
            return GenerationScope(resource: route.resource, identity: identity)
        }
    }

    /// What `decoded` asks of a body generated for `route`: for a `GET` that is not of an item, the page and
    /// filters its query asks (``CollectionQuery``); for a create (`POST` of a collection), the fields it submits.
    private func generationRequest(for decoded: DecodedRequest, operation route: CompiledOperation) -> GenerationRequest {
        switch (decoded.request.method, route.access) {
        case ("GET", let access), ("HEAD", let access):
            guard access?.isItem != true else { return GenerationRequest() }
            return CollectionQuery(decoded, operation: route).generationRequest
        case ("POST", .collection(let resource)?):
            return GenerationRequest(submitted: SubmittedFields.entityFields(of: decoded, resource: resource, operation: route.operation))
        default:
            return GenerationRequest()
        }
    }

    /// The answer decided before a body is chosen: the answer saved without a body that `Prefer` names, or the
    /// first one when the response has no content or the status no body; an answer without a body for a status
    /// that has none. Nil when a body is to be chosen; a 404 problem thrown for an example `Prefer` names that the
    /// response does not declare (or, without `code`, that no response declares), naming the media type `accept`
    /// (the request's `Accept` values) picks, as Prism's does.
    private static func answerBeforeBody(
        _ selection: ResponseSelection, preference: PreferHeader, code: Int?, operation: APIOperation, headers: HTTPHeaders, accept: [String]
    ) throws(ProblemDetails) -> HTTPResponse? {
        let withoutBody = selection.response?.examplesWithoutBody ?? []
        let permitsBody = HTTPResponse(status: selection.status).permitsBody
        if let name = preference.example {
            guard selection.response?.declaresExample(named: name) == true else {
                let searched = code == nil ? nil : "the \(selection.status) response"
                let declared = exampleNames(of: code == nil ? operation.responses : selection.response.map { [$0] } ?? [])
                let available = selection.response?.contents.map(\.mediaType) ?? []
                let mediaType = ContentNegotiation(accept: accept).choose(from: available) ?? available.first
                throw exampleNotDeclared(name, in: searched, mediaType: mediaType, operation: operation, declared: declared)
            }
            if let example = withoutBody.first(where: { $0.name == name }) {
                return HTTPResponse(status: selection.status, headers: adding(example.headers, to: headers))
            }
        } else if let example = withoutBody.first, selection.response?.contents.isEmpty == true || !permitsBody {
            return HTTPResponse(status: selection.status, headers: adding(example.headers, to: headers))
        }
        return permitsBody ? nil : HTTPResponse(status: selection.status, headers: headers)
    }

    /// `headers` with the `saved` ones of an example added (a field saved several times, such as `Set-Cookie`,
    /// each time), but `Content-Type` and those `headers` already has.
    private static func adding(_ saved: HTTPHeaders, to headers: HTTPHeaders) -> HTTPHeaders {
        var combined = headers
        for field in saved where !HTTPHeaders.namesMatch(field.name, "Content-Type") && !headers.contains(field.name) {
            combined.add(field.name, field.value)
        }
        return combined
    }

    /// The declared body, the example it is when it is one, and whether it was generated from the schema: the
    /// example `Prefer` names, else (unless `Prefer: dynamic=true`, or ``dynamic`` without `Prefer:
    /// dynamic=false`) the first example of the content that keeps its schema (any, in Prism's style: `broken` are
    /// where those that do not are declared) or of its schema, else one generated from its schema (as `request`
    /// asks, worked out only then), else (with no schema to generate from, as in a Postman saved response) the
    /// first example; nil when the content gives neither.
    private func declaredBody(
        _ content: MediaTypeContent?, preference: PreferHeader, scope: GenerationScope, request: @autoclosure () -> GenerationRequest,
        broken: Set<SourceReference>
    ) -> (value: ExampleValue, example: Example?, generated: Bool)? {
        let dynamic = preference.dynamic ?? self.dynamic
        if let name = preference.example, let example = content?.examples.first(where: { $0.name == name }) {
            return (example.value, example, false)
        }
        if !dynamic, let example = content?.examples.first(where: { problems == .prism || !broken.contains($0.source) }) {
            return (example.value, example, false)
        }
        guard let schema = content?.schema else { return content?.examples.first.map { ($0.value, $0, false) } }
        if !dynamic, let example = schemas.resolve(schema).examples.first {
            return (.json(example), nil, false)
        }
        return (.json(generator.value(for: schema, in: scope, request: request())), nil, true)
    }

    /// The headers `response` declares, in order, with generated values (`Content-Type` and `Content-Length`
    /// are Mimic's to write).
    private func headers(of response: Response?, in scope: GenerationScope) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for header in response?.headers ?? [] where !HTTPHeaders.describesBody(header.name) {
            let value = generator.value(for: header.schema, in: scope.appending("headers").appending(header.name))
            headers.add(header.name, value.scalarText ?? value.serialized())
        }
        return headers
    }

    /// The `Content-Type` for a chosen media type: the declared one verbatim, as Prism sends it (no `charset`
    /// the contract does not declare), except that a declared wildcard (`*/*`) is sent as JSON.
    private static func contentType(_ mediaType: String) -> String {
        mediaType.utf8.contains(HTTPGrammar.asterisk) ? "application/json" : mediaType
    }

    /// A body's bytes: JSON compact, in declared member order; for XML, a string that is markup as it is, any
    /// other value written as XML by its schema (``XMLWriter``); for CSV, rows (``CSVBody``); for any other type,
    /// a string, number or boolean as its text, anything else as JSON.
    private func bytes(of body: ExampleValue, as mediaType: String, schema: Schema?) -> [UInt8] {
        let type = MediaType(Self.contentType(mediaType))
        switch body {
        case .text(let text): return Array(text.utf8)
        case .json(let value) where type.isJSON: return value.serializedBytes()
        case .json(.string(let text)) where !type.isXML || text.drop(while: \.isWhitespace).first == "<": return Array(text.utf8)
        case .json(let value) where type.isXML: return Array(XMLWriter(schemas: schemas).document(for: value, schema: schema).utf8)
        case .json(let value) where type.essence == "text/csv": return Array(CSVBody.text(of: value).utf8)
        case .json(let value): return Array((value.scalarText ?? value.serialized()).utf8)
        }
    }
}
