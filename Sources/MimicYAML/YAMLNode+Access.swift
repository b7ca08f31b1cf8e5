/// Convenient typed access to parsed nodes.
extension YAMLNode {
    /// The value of the mapping entry whose key is a scalar with this text; with duplicate keys the
    /// last one wins (as PyYAML and most YAML loaders do). Nil for non-mappings and missing keys.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        // Keys of another length are passed over by their byte counts, without comparing their texts.
        let length = key.utf8.count
        var index = pairs.endIndex
        while index > pairs.startIndex {
            index -= 1
            guard case .scalar(let scalar) = pairs[index].key.content, scalar.text.utf8.count == length, scalar.text == key else { continue }
            return pairs[index].value
        }
        return nil
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The text of any scalar that is not null (numbers and booleans as written in the source).
    public var string: String? {
        guard let scalar, scalar.kind != .null else { return nil }
        return scalar.text
    }

    /// The value of a boolean scalar (`true`, `True`, `FALSE`…); nil for anything else.
    public var bool: Bool? {
        guard let scalar, scalar.kind == .bool else { return nil }
        return YAMLCoreSchema.boolValue(scalar.text)
    }

    /// The value of an integer scalar (decimal with optional sign, `0o` octal or `0x` hexadecimal);
    /// nil for anything else and for values that do not fit in `Int`.
    public var integer: Int? {
        guard let scalar, scalar.kind == .integer else { return nil }
        return YAMLCoreSchema.integerValue(scalar.text)
    }

    /// The value of an integer or float scalar, `.inf`, `-.inf` and `.nan` included.
    public var double: Double? {
        guard let scalar, scalar.kind == .integer || scalar.kind == .float else { return nil }
        return YAMLCoreSchema.doubleValue(scalar.text)
    }

    /// True for a null scalar (`null`, `~`, an empty value).
    public var isNull: Bool {
        scalar?.kind == .null
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs in source order (duplicates included), if this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }
}
