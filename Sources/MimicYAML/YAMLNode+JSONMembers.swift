extension YAMLNode {
    /// A mapping's members as JSON sees them: each key as a string (the oracle's spelling: `200` → `"200"`,
    /// `true` → `"true"`, a complex key as its compact JSON), once, at its first position, with its last value
    /// (a repeated key overrides, as in PyYAML). Nil when the node is not a mapping.
    public var jsonMembers: (keys: [String], values: [YAMLNode])? {
        mapping.map(Self.uniqueMembers(of:))
    }

    static func uniqueMembers(of pairs: [YAMLPair]) -> (keys: [String], values: [YAMLNode]) {
        var keys: [String] = []
        var values: [YAMLNode] = []
        var positions: [String: Int] = [:]
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for pair in pairs {
            let key = keyText(pair.key)
            if let position = positions[key] {
                values[position] = pair.value
            } else {
                positions[key] = keys.count
                keys.append(key)
                values.append(pair.value)
            }
        }
        return (keys, values)
    }

    /// The string a key becomes, as the oracle's `key_to_str` does it.
    private static func keyText(_ key: YAMLNode) -> String {
        guard let scalar = key.scalar else { return YAMLJSONWriter(style: .compact).write(key) }
        return scalar.kind == .string ? scalar.text : YAMLJSONWriter.literal(scalar) ?? scalar.text
    }
}
