/// One token of a YAML stream, as produced by ``YAMLScanner``.
struct YAMLToken {
    /// How a scalar was written; everything but `plain` is always a string.
    enum ScalarStyle: Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    enum Kind {
        case streamStart, streamEnd
        case versionDirective
        case tagDirective(handle: String, prefix: String)
        case reservedDirective
        case documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd
        case flowSequenceStart, flowMappingStart, flowSequenceEnd, flowMappingEnd
        case blockEntry, flowEntry, key, value
        case alias(String)
        case anchor(String)
        case tag(handle: String, suffix: String)
        case scalar(String, ScalarStyle)
    }

    var kind: Kind
    var mark: YAMLMark

    /// How the token is named in error messages.
    var description: String {
        switch kind {
        case .streamStart: "the start of the input"
        case .streamEnd: "the end of the input"
        case .versionDirective, .tagDirective, .reservedDirective: "a directive"
        case .documentStart: "a document start '---'"
        case .documentEnd: "a document end '...'"
        case .blockSequenceStart: "a block sequence"
        case .blockMappingStart: "a block mapping"
        case .blockEnd: "the end of a block collection"
        case .flowSequenceStart: "'['"
        case .flowMappingStart: "'{'"
        case .flowSequenceEnd: "']'"
        case .flowMappingEnd: "'}'"
        case .blockEntry: "a sequence entry '-'"
        case .flowEntry: "','"
        case .key: "a mapping key"
        case .value: "':'"
        case .alias(let name): "the alias *\(name)"
        case .anchor(let name): "the anchor &\(name)"
        case .tag: "a tag"
        case .scalar(let text, _): "the scalar \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        }
    }
}
