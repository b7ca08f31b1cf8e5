import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// How many items a collection inferred from the contract holds.
    static let inferredCollectionCount = 3

    /// The success body inferred for `route`, whose response declares none (see ``ResourceInference``).
    func inferredBody(for request: DecodedRequest, operation route: CompiledOperation) -> JSONValue {
        let parameter = request.pathParameter
        switch route.inference {
        case .token:
            return tokenResponse(SubmittedFields(request, wrapper: nil), resource: route.resource)
        case .item(let resource, .pathParameter(let name)):
            let submitted = SubmittedFields(request, wrapper: resource.formPrefix ?? resource.entity)
            return item(of: resource, identity: parameter(name) ?? "", parameter: parameter, submitted: submitted)
        case .item(let resource, .named(let name)):
            return item(of: resource, identity: derivedIdentity(in: resource, from: "member " + name), parameter: parameter, submitted: nil)
        case .collection(let resource):
            return .array(identities(of: resource).map { item(of: resource, identity: $0, parameter: parameter, submitted: nil) })
        case .created(let resource):
            let submitted = SubmittedFields(request, wrapper: resource.formPrefix ?? resource.entity)
            let chosen = resource.identifierField == "id" ? nil : submitted.value(of: resource.identifierField, prefix: resource.formPrefix)?.scalarText
            let identity = chosen ?? derivedIdentity(in: resource, from: "created " + String(decoding: request.request.body, as: UTF8.self))
            return item(of: resource, identity: identity, parameter: parameter, submitted: submitted)
        case .empty:
            return .object([])
        }
    }

    /// The identities of a collection's items: the generator's, or for items identified by another field
    /// than `id` (`key`, `name`), the values that field takes for them.
    private func identities(of resource: InferredResource) -> [String] {
        generator.identities(of: resource.name, count: Self.inferredCollectionCount).map { identity in
            guard resource.identifierField != "id" else { return identity }
            let value = generator.value(forField: resource.identifierField, in: GenerationScope(resource: resource.name, identity: identity))
            return value.scalarText ?? identity
        }
    }

    /// A numeric identity of `resource` that `text` determines: that of a new item (from the submitted body),
    /// of a fixed member (`active`), or the `id` of an item identified by another field.
    func derivedIdentity(in resource: InferredResource, from text: String) -> String {
        let value = generator.value(forField: "id", in: GenerationScope(resource: resource.name, identity: "", path: [text]))
        return value.scalarText ?? value.serialized()
    }

    /// Item `identity` of `resource`: its identifier field holds the identity (its `id`, when another field
    /// identifies it, is derived from the identity); the parent's field takes the path's value; other fields
    /// take the submitted value, else a generated one; submitted fields the contract does not name follow, in
    /// submitted order.
    private func item(of resource: InferredResource, identity: String, parameter: (String) -> String?, submitted: SubmittedFields?) -> JSONValue {
        let scope = GenerationScope(resource: resource.name, identity: identity)
        let submittedNames = submitted?.fieldNames(prefix: resource.formPrefix) ?? []
        let declared = submittedNames.isEmpty ? [] : Set(resource.fields)
        let extra = submittedNames.filter { !declared.contains($0) }
        return .object((resource.fields + extra).map { field in
            if field == resource.identifierField { return JSONMember(field, Self.pathValue(identity)) }
            if field == "id" { return JSONMember(field, Self.pathValue(derivedIdentity(in: resource, from: identity))) }
            if let parent = resource.parent, field == parent.field, let value = parameter(parent.parameter) {
                return JSONMember(field, Self.pathValue(value))
            }
            let generated = generator.value(forField: field, in: scope)
            guard let value = submitted?.value(of: field, prefix: resource.formPrefix) else { return JSONMember(field, generated) }
            return JSONMember(field, EntityMerge.coerced(value, like: generated))
        })
    }

    /// An RFC 6749 §5.1 access token response, its tokens derived from the submitted `client_id`; `scope`
    /// echoes the requested one, or is generated when none is requested.
    private func tokenResponse(_ submitted: SubmittedFields, resource: String) -> JSONValue {
        let client = submitted.value(of: "client_id", prefix: nil)?.scalarText ?? "anonymous"
        let scope = GenerationScope(resource: resource, identity: client)
        return .object([
            JSONMember("access_token", generator.value(forField: "access_token", in: scope)),
            JSONMember("token_type", .string("bearer")),
            JSONMember("expires_in", .integer(3600)),
            JSONMember("refresh_token", generator.value(forField: "refresh_token", in: scope)),
            JSONMember("scope", submitted.value(of: "scope", prefix: nil) ?? generator.value(forField: "scope", in: scope)),
        ])
    }

    /// A path value as JSON: a number when it is one written plainly (`42`, not `042`), else a string.
    private static func pathValue(_ text: String) -> JSONValue {
        if let number = Int(text), String(number) == text { return .integer(number) }
        return .string(text)
    }
}
