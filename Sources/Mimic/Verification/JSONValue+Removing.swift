import MimicContracts

extension JSONValue {
    /// The value with the member or item that `tokens` (a JSON pointer's) leads to removed; unchanged when it
    /// leads nowhere.
    func removing(at tokens: [String]) -> JSONValue {
        guard let first = tokens.first else { return self }
        let rest = Array(tokens.dropFirst())
        switch self {
        case .object(let members):
            if rest.isEmpty { return .object(members.filter { $0.key != first }) }
            return .object(members.map { $0.key == first ? JSONMember($0.key, $0.value.removing(at: rest)) : $0 })
        case .array(var items):
            guard let index = Int(first), items.indices.contains(index) else { return self }
            if rest.isEmpty { items.remove(at: index) } else { items[index] = items[index].removing(at: rest) }
            return .array(items)
        default:
            return self
        }
    }
}
