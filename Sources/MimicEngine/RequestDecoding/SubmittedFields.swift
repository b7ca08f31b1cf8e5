import MimicContracts
import MimicSchema

/// The fields a request body submits, in order: the fields of a form body, or the members of a JSON object
/// body (those of its `<entity>` member when it wraps the entity Rails-style).
struct SubmittedFields: Sendable {
    /// The fields as the body names them (`backup_definition[name]`, `name`), first occurrence only.
    private(set) var members: [JSONMember] = []
    /// The position of each field among ``members``, by name.
    private var positions: [String: Int] = [:]

    /// The fields of `request`'s body; none when the body is neither a form nor a JSON object.
    init(_ request: DecodedRequest, wrapper: String?) {
        request.formFields.forEach { add($0.name, .string($0.value)) }
        if case .json(.success(.object(let object))) = request.body {
            let wrapped = wrapper.flatMap { JSONValue.object(object)[$0] }
            if case .object(let inner)? = wrapped {
                inner.forEach { add($0.key, $0.value) }
            } else {
                object.forEach { add($0.key, $0.value) }
            }
        }
    }

    private mutating func add(_ name: String, _ value: JSONValue) {
        guard !name.isEmpty, positions[name] == nil else { return }
        positions[name] = members.count
        members.append(JSONMember(name, value))
    }

    /// The value submitted for `field` of an entity whose form fields are `prefix[field]`: as `prefix[field]`,
    /// else as plain `field`.
    func value(of field: String, prefix: String?) -> JSONValue? {
        guard !members.isEmpty else { return nil }
        let names = (prefix.map { ["\($0)[\(field)]"] } ?? []) + [field]
        return names.lazy.compactMap { name in positions[name].map { members[$0].value } }.first
    }

    /// The field names submitted, brackets removed when they carry `prefix` (`backup_definition[name]` → `name`).
    func fieldNames(prefix: String?) -> [String] {
        members.map { member in
            guard let prefix, let (found, field) = InferredResource.bracketed(member.key), found == prefix else { return member.key }
            return field
        }
    }

    /// The fields `decoded` submits for an entity of `resource`: its body's (form fields without their
    /// `entity[…]` wrapping, the prefix the contract's form fields declare, else the entity's name; a JSON
    /// object's members), then the query parameters `operation` declares that do not page a collection (an API
    /// that creates from the query, as Cloud 66's).
    static func entityFields(of decoded: DecodedRequest, resource: InferredResource, operation: APIOperation) -> [JSONMember] {
        let prefix = resource.formPrefix ?? resource.entity
        let submitted = SubmittedFields(decoded, wrapper: prefix)
        var fields = zip(submitted.fieldNames(prefix: prefix), submitted.members).map { JSONMember($0, $1.value) }
        let declared = Set(operation.parameters.filter { $0.location == .query }.map(\.name))
        for pair in decoded.query.pairs where declared.contains(pair.name) && !StatefulExchange.pagingParameters.contains(pair.name) {
            if !fields.contains(where: { $0.key == pair.name }) { fields.append(JSONMember(pair.name, .string(pair.value))) }
        }
        return fields
    }
}
