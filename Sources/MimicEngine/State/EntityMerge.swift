import MimicContracts

/// How submitted data changes a stored entity: submitted fields set one by one (a create, a `PUT`, a `PATCH`
/// of form fields or a plain JSON object), or a JSON merge patch (RFC 7396, `application/merge-patch+json`).
enum EntityMerge {
    /// `entity` with each of `fields` set (a form's text as the type the entity holds there: `true` a boolean,
    /// `7` a number), new ones appended; the `identifier` field is never changed.
    static func fields(_ fields: [JSONMember], into entity: JSONValue, keeping identifier: String) -> JSONValue {
        var entity = entity
        for field in fields where field.key != identifier {
            entity.setMember(field.key, to: entity[field.key].map { coerced(field.value, like: $0) } ?? field.value)
        }
        return entity
    }

    /// `target` patched by `patch` as RFC 7396 says: an object patch sets each member recursively, `null`
    /// removing it; any other patch replaces the target.
    static func patch(_ patch: JSONValue, into target: JSONValue) -> JSONValue {
        guard case .object(let changes) = patch else { return patch }
        var members: [JSONMember]
        if case .object(let existing) = target { members = existing } else { members = [] }
        for change in changes {
            let index = members.firstIndex { $0.key == change.key }
            if change.value == .null {
                if let index { members.remove(at: index) }
            } else if let index {
                members[index].value = Self.patch(change.value, into: members[index].value)
            } else {
                members.append(JSONMember(change.key, Self.patch(change.value, into: .null)))
            }
        }
        return .object(members)
    }

    /// A submitted form value (always text) as the type the field has when generated: `true` as a boolean
    /// where a boolean is generated, `7` as a number where a number is; anything else unchanged.
    static func coerced(_ value: JSONValue, like generated: JSONValue) -> JSONValue {
        guard case .string(let text) = value else { return value }
        switch generated {
        case .bool: return Bool(text).map(JSONValue.bool) ?? value
        case .integer: return Int(text).map(JSONValue.integer) ?? value
        case .number: return Double(text).map(JSONValue.number) ?? value
        default: return value
        }
    }
}

extension JSONValue {
    /// Sets member `key` of an object (in place, else last); does nothing to other values.
    mutating func setMember(_ key: String, to value: JSONValue) {
        guard case .object(var members) = self else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(JSONMember(key, value))
        }
        self = .object(members)
    }
}
