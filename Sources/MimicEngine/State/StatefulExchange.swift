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

    // MARK: - Methods

    /// `GET` on the collection: its entities, filtered and paged as the query asks, where the stateless answer
    /// lists its own.
    private func list(in session: SessionState) -> HTTPResponse {
        guard let body = baseBody, let placement = EntityPlacement.collection(in: body, schema: successSchema(of: route), schemas: engine.schemas) else { return base }
        let collection = session.collection(collectionPath) ?? seededCollection()
        let shown = CollectionQuery(decoded, operation: route.operation).apply(to: collection.entries, entity: \.entity)
        let entities = shown.map { entry in
            guard entry.written, let schema = placement.schema else { return entry.entity }
            let generated = engine.generator.value(for: schema, in: GenerationScope(resource: resource.name, identity: entry.identity, binding: .pending))
            return shape(entry.entity, over: generated, schema: schema)
        }
        return replacingBody(of: base, with: placement.replacing(in: body, with: .array(entities)))
    }

    /// `POST` on the collection, or `PUT` of an item the contract creates with a 201: a new entity, its
    /// identity `identity` (else the next one), the submitted fields merged into a generated entity; answered
    /// where the stateless answer shows its entity, with `Location` when the response declares it.
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
        var response = answering(entity, identity: identity, collection: collection)
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
    /// the entity as it stands; a JSON merge patch for `application/merge-patch+json`) of an item.
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
        if merging, decoded.mediaType?.subtype == "merge-patch+json", case .json(.success(let patch)) = decoded.body {
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

    // MARK: - Entities

    /// The collection as seeded: the entities a stateless `GET` of the collection lists, identified by the
    /// field their schema (else the resource's path) names.
    private func seededCollection() -> EntityCollection {
        var listRoute = route
        var body = baseBody
        if identity != nil || !["GET", "HEAD"].contains(decoded.request.method) {
            guard case .matched(let list, let parameters) = engine.router.route(method: "GET", path: collectionPath), list.access?.isItem == false else {
                return EntityCollection(identifier: identifier(schema: nil), seeded: [])
            }
            let request = HTTPRequest(method: "GET", target: collectionPath, headers: ["Accept": "application/json"])
            listRoute = list
            body = Self.json(of: engine.answer(DecodedRequest(request, pathParameters: parameters), operation: list, code: nil))
        }
        guard let body, let placement = EntityPlacement.collection(in: body, schema: successSchema(of: listRoute), schemas: engine.schemas),
              case .array(let entities)? = placement.value(in: body) else {
            return EntityCollection(identifier: identifier(schema: nil), seeded: [])
        }
        let identifier = identifier(schema: placement.schema, entities: entities)
        return EntityCollection(identifier: identifier, seeded: entities.filter { EntityCollection.identity(of: $0, identifier: identifier) != nil })
    }

    /// The field identifying the resource's entities: the one `schema` marks (see
    /// ``DataGenerator/identifierProperty(of:resource:)``), else `id`, `uuid`, `guid` or the field the item
    /// path names, whichever every entity has.
    private func identifier(schema: Schema?, entities: [JSONValue] = []) -> String {
        if let schema, let marked = engine.generator.identifierProperty(of: schema, resource: resource.name) { return marked }
        let candidates = ["id", "uuid", "guid", resource.identifierField]
        return candidates.first { name in !entities.isEmpty && entities.allSatisfy { $0[name] != nil } } ?? resource.identifierField
    }

    /// The entity a stateless mock shows for `identity` (identified by its `identifier` field): the item
    /// `GET`'s, else one generated from the schema of the collection's items.
    private func generatedEntity(_ identity: String, identifier: String) -> JSONValue? {
        let path = collectionPath + "/" + Self.pathSegment(identity)
        if case .matched(let item, let parameters) = engine.router.route(method: "GET", path: path), item.access?.isItem == true {
            let request = HTTPRequest(method: "GET", target: path, headers: ["Accept": "application/json"])
            if let body = Self.json(of: engine.answer(DecodedRequest(request, pathParameters: parameters), operation: item, code: nil)),
               let placement = EntityPlacement.item(in: body, identifier: identifier, schema: successSchema(of: item), schemas: engine.schemas),
               let entity = placement.value(in: body) {
                return entity
            }
        }
        return listItemSchema().map { engine.generator.value(for: $0, in: GenerationScope(resource: resource.name, identity: identity, binding: .pending)) }
    }

    /// The schema of the items the collection's `GET` lists, when it declares one.
    private func listItemSchema() -> Schema? {
        guard case .matched(let list, _) = engine.router.route(method: "GET", path: collectionPath), list.access?.isItem == false,
              let schema = successSchema(of: list) else { return nil }
        let resolved = engine.schemas.resolve(schema)
        if let items = resolved.items { return items }
        let arrays = resolved.properties.compactMap { engine.schemas.resolve($0.schema).items }
        return arrays.count == 1 ? arrays[0] : nil
    }

    /// The stateless answer with `entity` where it shows its entity (through that place's schema); the
    /// stateless answer as it is when it shows none.
    private func answering(_ entity: JSONValue, identity: String, collection: EntityCollection) -> HTTPResponse {
        guard let body = baseBody,
              let placement = EntityPlacement.item(in: body, identifier: collection.identifier, schema: successSchema(of: route), schemas: engine.schemas),
              let shown = placement.value(in: body) else { return base }
        return replacingBody(of: base, with: placement.replacing(in: body, with: shape(entity, over: shown, schema: placement.schema)))
    }

    /// `stored` as a response whose schema for it is `schema` shows it: without a schema, as stored; with one,
    /// the members `generated` (what the schema gives for the entity) has, each taking the stored value when
    /// it keeps the member's declared schema.
    private func shape(_ stored: JSONValue, over generated: JSONValue?, schema: Schema?) -> JSONValue {
        guard let schema, case .object(let members)? = generated else { return stored }
        let object = engine.schemas.resolve(schema)
        return .object(members.map { member in
            guard let value = stored[member.key], value != member.value else { return member }
            let property = EntityPlacement.property(member.key, of: object, schemas: engine.schemas)
            let keeps = property.map { engine.validator.schemaValidator.violations(of: value, against: $0, direction: .response, keeping: 1).kept.isEmpty } ?? false
            return keeps ? JSONMember(member.key, value) : member
        })
    }

    // MARK: - Identities and fields

    /// The identity a create submits in the field that identifies the resource, when that field is not `id`
    /// (`name` for `/endpoints/{endpoint_name}`).
    private func submittedIdentity() -> String? {
        guard resource.identifierField != "id" else { return nil }
        return submittedFields().first { $0.key == resource.identifierField }?.value.scalarText
    }

    /// The next identity of `collection`: a UUID derived from the collection and the number of creations when
    /// its identities are UUIDs, else one more than the largest numeric identity it holds or held.
    private func nextIdentity(in collection: EntityCollection) -> String {
        let known = collection.entries.map(\.identity) + collection.deleted
        if let sample = known.first, DataGenerator.isUUID(sample) {
            return engine.generator.createdUUID(of: resource.name, in: collectionPath, number: collection.creations)
        }
        return String((known.compactMap { Int($0) }.max() ?? 0) + 1)
    }

    /// `identity` as the identifier's value: a number where the identifier is one (`like`), else text.
    private func identityValue(_ identity: String, like current: JSONValue?) -> JSONValue {
        if case .string? = current { return .string(identity) }
        if let number = Int(identity), String(number) == identity { return .integer(number) }
        return .string(identity)
    }

    /// The fields the request submits: its body's (form fields without their `entity[…]` wrapping, a JSON
    /// object's members), then the declared query parameters that are not paging ones (an API that creates
    /// from the query, as Cloud 66's).
    private func submittedFields() -> [JSONMember] {
        let submitted = SubmittedFields(decoded, wrapper: resource.formPrefix ?? resource.entity)
        var fields = zip(submitted.fieldNames(prefix: resource.formPrefix), submitted.members).map { JSONMember($0, $1.value) }
        let declared = Set(route.operation.parameters.filter { $0.location == .query }.map(\.name))
        for pair in decoded.query.pairs where declared.contains(pair.name) && !Self.pagingParameters.contains(pair.name) {
            if !fields.contains(where: { $0.key == pair.name }) { fields.append(JSONMember(pair.name, .string(pair.value))) }
        }
        return fields
    }

    // MARK: - Answers

    /// A 404 for `identity`: the contract's own 404 response when declared, else a problem.
    private func notFound(_ identity: String) -> HTTPResponse {
        if route.operation.responses.contains(where: { $0.status == .code(404) || $0.status == .range(4) }) {
            return engine.answer(decoded, operation: route, code: 404)
        }
        return ProblemDetails(kind: .entityNotFound, status: 404, detail: "\(collectionPath) holds no entity '\(identity)' in this session: it was deleted.").response()
    }

    /// A 507 when `collection` (of `session`) cannot take one more entity, or `session` one more collection.
    private func refusal(adding collection: EntityCollection, to session: SessionState) -> HTTPResponse? {
        if collection.size >= limits.entitiesPerCollection {
            return ProblemDetails(kind: .stateLimit, status: 507, detail: "\(collectionPath) already holds \(limits.entitiesPerCollection) entities and deleted identities in this session, its limit; delete some, or POST /__mimic/reset.").response()
        }
        if session.collection(collectionPath) == nil, session.count >= limits.collectionsPerSession {
            return ProblemDetails(kind: .stateLimit, status: 507, detail: "This session already holds \(limits.collectionsPerSession) collections, its limit; POST /__mimic/reset, or use another Mimic-Session.").response()
        }
        return nil
    }

    /// A 507 when `entity` is larger than an entity may be.
    private func refusal(storing entity: JSONValue) -> HTTPResponse? {
        let size = entity.serialized().utf8.count
        guard size > limits.entityBytes else { return nil }
        return ProblemDetails(kind: .stateLimit, status: 507, detail: "The entity would take \(size) bytes, more than the \(limits.entityBytes) one entity may take.").response()
    }

    /// The success schema of `route`'s JSON response, as a stateless answer chooses it.
    private func successSchema(of route: CompiledOperation) -> Schema? {
        let selection = ResponseSelection(for: route.operation, preferring: nil)
        return selection?.response?.contents.first { MediaType($0.mediaType).isJSON }?.schema
    }

    private func replacingBody(of response: HTTPResponse, with body: JSONValue) -> HTTPResponse {
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
