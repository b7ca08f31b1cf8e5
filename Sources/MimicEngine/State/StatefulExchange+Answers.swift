import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// The answers an exchange gives besides the stored entities: 404, limits, and the parts of a stateless answer.
extension StatefulExchange {
    /// A 404 for `identity`: the contract's own 404 response when declared, else a problem.
    func notFound(_ identity: String) -> HTTPResponse {
        if Self.declaresNotFound(route.operation) {
            return engine.answer(decoded, operation: route, code: 404)
        }
        return ProblemDetails(kind: .entityNotFound, status: 404, detail: "\(collectionPath) holds no entity '\(identity)' in this session: it was deleted.").response()
    }

    /// Whether `response`, an exchange's answer for `operation`, is one of Mimic's own problems rather than an
    /// answer the contract declares: a limit's 507, or the 404 of an entity the contract gives no 404 for.
    static func isMimicsProblem(_ response: HTTPResponse, of operation: APIOperation) -> Bool {
        response.status == 507 || (response.status == 404 && !declaresNotFound(operation))
    }

    /// Whether `operation` declares a 404 (exactly, or by `4XX`).
    private static func declaresNotFound(_ operation: APIOperation) -> Bool {
        operation.responses.contains { $0.status == .code(404) || $0.status == .range(4) }
    }

    /// A 507 when `collection` (of `session`) cannot take one more entity, or `session` one more collection.
    func refusal(adding collection: EntityCollection, to session: SessionState) -> HTTPResponse? {
        if collection.size >= limits.entitiesPerCollection {
            return ProblemDetails(kind: .stateLimit, status: 507, detail: "\(collectionPath) already holds \(limits.entitiesPerCollection) entities and deleted identities in this session, its limit; delete some, or POST /__mimic/reset.").response()
        }
        if session.collection(collectionPath) == nil, session.count >= limits.collectionsPerSession {
            return ProblemDetails(kind: .stateLimit, status: 507, detail: "This session already holds \(limits.collectionsPerSession) collections, its limit; POST /__mimic/reset, or use another Mimic-Session.").response()
        }
        return nil
    }

    /// A 507 when `entity` is larger than an entity may be.
    func refusal(storing entity: JSONValue) -> HTTPResponse? {
        let size = entity.serialized().utf8.count
        guard size > limits.entityBytes else { return nil }
        return ProblemDetails(kind: .stateLimit, status: 507, detail: "The entity would take \(size) bytes, more than the \(limits.entityBytes) one entity may take.").response()
    }

    /// The schema of `route`'s JSON response for `status`, else the success one a stateless answer chooses.
    func successSchema(of route: CompiledOperation, status: Int? = nil) -> Schema? {
        let selection = ResponseSelection(for: route.operation, preferring: status)
        return selection?.response?.contents.first { MediaType($0.mediaType).isJSON }?.schema
    }

    func replacingBody(of response: HTTPResponse, with body: JSONValue) -> HTTPResponse {
        var response = response
        response.body = Array(body.serialized().utf8)
        return response
    }

    /// The JSON body of `response`; nil when it has none, or another type.
    static func json(of response: HTTPResponse) -> JSONValue? {
        guard !response.body.isEmpty, let type = response.headers["Content-Type"], MediaType(type).isJSON else { return nil }
        return try? JSONValue(parsingJSONText: response.body)
    }

    /// `identity` as a path segment: percent-encoded but for RFC 3986's unreserved characters.
    static func pathSegment(_ identity: String) -> String {
        identity.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                String(UnicodeScalar(byte))
            default:
                "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }.joined()
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(length - count, 0)) + self
    }
}
