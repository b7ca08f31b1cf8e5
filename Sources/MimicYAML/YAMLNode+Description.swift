extension YAMLNode {
    /// "a mapping", "a sequence", "the string \"x\"": how a node is named in messages.
    var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar(let scalar) where scalar.kind == .null: "null"
        case .scalar(let scalar): "the scalar \"\(scalar.text)\""
        }
    }
}
