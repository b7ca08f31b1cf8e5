import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// The entities an exchange reads and writes: as seeded, as generated, as shown, and what a request submits.
extension StatefulExchange {
    /// The collection as seeded: the entities a stateless `GET` of the collection without a query lists (one
    /// with a query shows the page and filters it asks), identified by the field their schema (else the
    /// resource's path) names.
    func seededCollection() -> EntityCollection {
        var listRoute = route
        var body = baseBody
        if identity != nil || !["GET", "HEAD"].contains(decoded.request.method) || !decoded.query.pairs.isEmpty {
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
    func identifier(schema: Schema?, entities: [JSONValue] = []) -> String {
        if let schema, let marked = engine.generator.identifierProperty(of: schema, resource: resource.name) { return marked }
        let candidates = ["id", "uuid", "guid", resource.identifierField]
        return candidates.first { name in !entities.isEmpty && entities.allSatisfy { $0[name] != nil } } ?? resource.identifierField
    }

    /// The entity a stateless mock shows for `identity` (identified by its `identifier` field): the item
    /// `GET`'s, else one generated from the schema of the collection's items.
    func generatedEntity(_ identity: String, identifier: String) -> JSONValue? {
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
    func listItemSchema() -> Schema? {
        guard case .matched(let list, _) = engine.router.route(method: "GET", path: collectionPath), list.access?.isItem == false,
              let schema = successSchema(of: list) else { return nil }
        let resolved = engine.schemas.resolve(schema)
        if let items = resolved.items { return items }
        let arrays = resolved.properties.compactMap { engine.schemas.resolve($0.schema).items }
        return arrays.count == 1 ? arrays[0] : nil
    }

    /// The stateless answer (with the declared `status`, else the default one) with `entity` where it shows
    /// its entity (through that place's schema); the stateless answer as it is when it shows none.
    func answering(_ entity: JSONValue, identity: String, collection: EntityCollection, status: Int? = nil) -> HTTPResponse {
        let response = status.map { engine.answer(decoded, operation: route, code: $0) } ?? base
        guard let body = status == nil ? baseBody : Self.json(of: response),
              let placement = EntityPlacement.item(in: body, identifier: collection.identifier, schema: successSchema(of: route, status: status), schemas: engine.schemas),
              let shown = placement.value(in: body) else { return response }
        return replacingBody(of: response, with: placement.replacing(in: body, with: shape(entity, over: shown, schema: placement.schema)))
    }

    /// `stored` as a response whose schema for it is `schema` shows it: without a schema, as stored; with one,
    /// the members `generated` (what the schema gives for the entity) has, each taking the stored value when
    /// it keeps the member's declared schema.
    func shape(_ stored: JSONValue, over generated: JSONValue?, schema: Schema?) -> JSONValue {
        guard let schema, case .object(let members)? = generated else { return stored }
        let object = engine.schemas.resolve(schema)
        return .object(members.map { member in
            guard let value = stored[member.key], value != member.value else { return member }
            let property = EntityPlacement.property(member.key, of: object, schemas: engine.schemas)
            let keeps = property.map { engine.validator.schemaValidator.violations(of: value, against: $0, direction: .response, keeping: 1).kept.isEmpty } ?? false
            return keeps ? JSONMember(member.key, value) : member
        })
    }

    /// The identity a create submits in the field that identifies the resource, when that field is not `id`
    /// (`name` for `/endpoints/{endpoint_name}`).
    func submittedIdentity() -> String? {
        guard resource.identifierField != "id" else { return nil }
        return submittedFields().first { $0.key == resource.identifierField }?.value.scalarText
    }

    /// The next identity of `collection`: a UUID derived from the collection and the number of creations when
    /// its identities are UUIDs, else one more than the largest numeric identity it holds or held.
    func nextIdentity(in collection: EntityCollection) -> String {
        let known = collection.entries.map(\.identity) + collection.deleted
        if let sample = known.first, DataGenerator.isUUID(sample) {
            return engine.generator.createdUUID(of: resource.name, in: collectionPath, number: collection.creations)
        }
        return String((known.compactMap { Int($0) }.max() ?? 0) + 1)
    }

    /// `identity` as the identifier's value: a number where the identifier is one (`like`), else text.
    func identityValue(_ identity: String, like current: JSONValue?) -> JSONValue {
        if case .string? = current { return .string(identity) }
        if let number = Int(identity), String(number) == identity { return .integer(number) }
        return .string(identity)
    }

    /// The fields the request submits: its body's (form fields without their `entity[…]` wrapping, a JSON
    /// object's members), then the declared query parameters that are not paging ones (an API that creates
    /// from the query, as Cloud 66's).
    func submittedFields() -> [JSONMember] {
        SubmittedFields.entityFields(of: decoded, resource: resource, operation: route.operation)
    }
}
