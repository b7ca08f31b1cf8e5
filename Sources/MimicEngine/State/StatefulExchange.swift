import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// One valid request to a collection or item path answered by a stateful mock, against one session's state.
///
/// It starts from the answer a stateless mock gives (status, headers, envelope), then puts the stored entities
/// where that answer holds its entities (see ``EntityPlacement``): a collection lists the seeded entities (the
/// ones the stateless answer shows), then the created ones, filtered and paged; an item is read, created,
/// replaced, merged or deleted. A stored entity is shown through the response's schema: only the fields it
/// declares, each only when it keeps the declared type.
struct StatefulExchange {
    let engine: MockEngine
    let route: CompiledOperation
    let resource: InferredResource
    let decoded: DecodedRequest
    /// The answer of a stateless mock, which the state then rewrites.
    let base: HTTPResponse
    /// ``base``'s body as JSON; nil when it has none, or not JSON.
    let baseBody: JSONValue?
    /// The path of the collection (`/api/3/stacks/A/backups`): an item's path without its last segment.
    let collectionPath: String
    /// The identity in an item's path; nil for a collection.
    let identity: String?
    let limits: StateLimits

    /// The names of query parameters that page a collection, rather than filter it.
    static let pagingParameters: Set<String> = ["page", "per_page", "limit", "offset", "size", "page_size", "pageSize", "perPage"]

    init(engine: MockEngine, route: CompiledOperation, decoded: DecodedRequest, limits: StateLimits) {
        self.engine = engine
        self.route = route
        self.decoded = decoded
        self.limits = limits
        base = engine.answer(decoded, operation: route, code: nil)
        baseBody = Self.json(of: base)
        var path = decoded.request.path
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        switch route.access {
        case .item(let resource, let parameter)?:
            self.resource = resource
            identity = decoded.pathParameter(parameter)
            collectionPath = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        case .collection(let resource)?:
            self.resource = resource
            identity = nil
            collectionPath = path
        case nil:
            preconditionFailure("a stateful exchange is only made for a collection or item route")
        }
    }

    /// The answer, with `session` changed as the method says; nil when state does not apply (a method the
    /// resource's REST shape gives no meaning, or a stateless answer that is no success).
    func answer(in session: inout SessionState) -> HTTPResponse? {
        guard (200...299).contains(base.status) else { return nil }
        switch (decoded.request.method, identity) {
        case ("GET", nil), ("HEAD", nil): return list(in: session)
        case ("POST", nil): return create(in: &session, identity: nil)
        case ("GET", let identity?), ("HEAD", let identity?): return read(identity, in: session)
        case ("PUT", let identity?): return write(identity, in: &session, merging: false)
        case ("PATCH", let identity?): return write(identity, in: &session, merging: true)
        case ("DELETE", let identity?): return delete(identity, in: &session)
        default: return nil
        }
    }

    /// `GET` on the collection: its entities, filtered and paged as the query asks, where the stateless answer
    /// lists its own (an envelope's total, `count` or `total`, counting those that match).
    private func list(in session: SessionState) -> HTTPResponse {
        guard let body = baseBody, let placement = EntityPlacement.collection(in: body, schema: successSchema(of: route), schemas: engine.schemas) else { return base }
        let collection = session.collection(collectionPath) ?? seededCollection()
        let (shown, matching) = CollectionQuery(decoded, operation: route).apply(to: collection.entries, entity: \.entity)
        let entities = shown.map { entry in
            guard entry.written, let schema = placement.schema else { return entry.entity }
            let generated = engine.generator.value(for: schema, in: GenerationScope(resource: resource.name, identity: entry.identity, binding: .pending))
            return shape(entry.entity, over: generated, schema: schema)
        }
        return replacingBody(of: base, with: placement.counting(matching, in: placement.replacing(in: body, with: .array(entities))))
    }

    /// `POST` on the collection, or `PUT` of an item the contract creates with a 201: a new entity, its
    /// identity `identity` (else the next one), the submitted fields merged into a generated entity; answered
    /// where the stateless answer (the 201 one, for a `PUT`) shows its entity, with `Location` when the
    /// response declares it.
    private func create(in session: inout SessionState, identity chosen: String?) -> HTTPResponse {
        var collection = session.collection(collectionPath) ?? seededCollection()
        if let refusal = refusal(adding: collection, to: session) { return refusal }
        let identity = chosen ?? submittedIdentity() ?? nextIdentity(in: collection)
        var entity = generatedEntity(identity, identifier: collection.identifier) ?? .object([])
        entity = EntityMerge.fields(submittedFields(), into: entity, keeping: collection.identifier)
        entity.setMember(collection.identifier, to: identityValue(identity, like: entity[collection.identifier]))
        if let refusal = refusal(storing: entity) { return refusal }
        collection.store(entity, as: identity, created: true)
        session.store(collection, at: collectionPath)
        var response = answering(entity, identity: identity, collection: collection, status: chosen == nil ? nil : 201)
        if response.headers.contains("Location") {
            response.headers.set("Location", collectionPath + "/" + Self.pathSegment(identity))
        }
        return response
    }

    /// `GET` of an item: the stored entity, else the seeded one, else (for an identity never listed) the
    /// stateless answer; 404 once deleted.
    private func read(_ identity: String, in session: SessionState) -> HTTPResponse {
        let collection = session.collection(collectionPath) ?? seededCollection()
        if collection.isDeleted(identity) { return notFound(identity) }
        guard let entity = collection.entity(identity) else { return base }
        return answering(entity, identity: identity, collection: collection)
    }

    /// `PUT` (replace: the submitted fields over the entity as seeded or generated) or `PATCH` (merge: over
    /// the entity as it stands; a JSON merge patch for `application/merge-patch+json`, when it is an object, as
    /// an entity stays one) of an item.
    private func write(_ identity: String, in session: inout SessionState, merging: Bool) -> HTTPResponse {
        var collection = session.collection(collectionPath) ?? seededCollection()
        let current = collection.entity(identity)
        if current == nil, !merging, route.operation.responses.contains(where: { $0.status == .code(201) }) {
            return create(in: &session, identity: identity)
        }
        if collection.isDeleted(identity) { return notFound(identity) }
        if current == nil, let refusal = refusal(adding: collection, to: session) { return refusal }
        let original = seededCollection().entity(identity) ?? generatedEntity(identity, identifier: collection.identifier) ?? .object([])
        var entity: JSONValue
        if merging, decoded.mediaType?.subtype == "merge-patch+json", case .json(.success(let patch)) = decoded.body, case .object = patch {
            entity = EntityMerge.patch(patch, into: current ?? original)
        } else {
            entity = EntityMerge.fields(submittedFields(), into: merging ? current ?? original : original, keeping: collection.identifier)
        }
        entity.setMember(collection.identifier, to: (current ?? original)[collection.identifier] ?? identityValue(identity, like: nil))
        if let refusal = refusal(storing: entity) { return refusal }
        collection.store(entity, as: identity, created: false)
        session.store(collection, at: collectionPath)
        return answering(entity, identity: identity, collection: collection)
    }

    /// `DELETE` of an item: gone from the collection, and 404 to read; 404 when already deleted.
    private func delete(_ identity: String, in session: inout SessionState) -> HTTPResponse {
        var collection = session.collection(collectionPath) ?? seededCollection()
        if collection.isDeleted(identity) { return notFound(identity) }
        if collection.entity(identity) == nil, let refusal = refusal(adding: collection, to: session) { return refusal }
        collection.delete(identity)
        session.store(collection, at: collectionPath)
        return base
    }
}
