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
}
