/// Builds ``YAMLNode`` trees from parser events: resolves scalar kinds, anchors and aliases (with
/// cycle detection and an expansion budget) and merge keys. Keeps its own stack instead of recursing.
struct YAMLComposer {
    /// A collection being built.
    private struct Frame {
        var isMapping: Bool
        var anchor: String?
        var location: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var pendingKeyIsMerge = false
        var mergeIndices: [Int] = []
        /// Nodes in this collection, aliases counted with their full size.
        var weight = 1
    }

    /// A finished anchored node, or nil while the node it names is still being built.
    private struct Anchor {
        var node: YAMLNode?
        var weight: Int
    }

    private var parser: YAMLParser
    private let maxAliasExpansion: Int
    private var aliasExpansion = 0
    private var anchors: [String: Anchor] = [:]
    private var stack: [Frame] = []
    private var root: YAMLNode?

    init(_ buf: UnsafeBufferPointer<UInt8>, maxDepth: Int, maxAliasExpansion: Int) {
        parser = YAMLParser(buf, maxDepth: maxDepth)
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// Every document of the stream; an empty document is a null scalar.
    mutating func composeStream() throws(YAMLError) -> [YAMLNode] {
        var documents: [YAMLNode] = []
        while true {
            switch try parser.next() {
            case .streamEnd:
                return documents
            case .documentStart:
                anchors = [:]
                root = nil
            case .documentEnd:
                if let root { documents.append(root) }
            case .alias(let name, let mark):
                guard let anchor = anchors[name] else {
                    throw error("yaml.undefined-alias", "alias *\(name) refers to no anchor; define &\(name) on a node before this point in the document", at: mark)
                }
                guard let node = anchor.node else {
                    throw error("yaml.cyclic-alias", "alias *\(name) is used inside the node its anchor &\(name) names, which would make it contain itself", at: mark)
                }
                aliasExpansion += anchor.weight
                if aliasExpansion > maxAliasExpansion {
                    throw error("yaml.alias-limit", "aliases expand to more than \(maxAliasExpansion) nodes in total; the document is too large once its aliases are resolved (a \"billion laughs\" pattern?)", at: mark)
                }
                try add(node, weight: anchor.weight, isMergeKey: false)
            case .scalar(let text, let style, let anchor, let tag, let mark):
                let kind = try scalarKind(text, style: style, tag: tag, at: mark)
                let node = YAMLNode(.scalar(YAMLScalar(text, kind: kind)), at: parser.location(mark))
                if let anchor { anchors[anchor] = Anchor(node: node, weight: 1) }
                try add(node, weight: 1, isMergeKey: style == .plain && tag == nil && text == "<<")
            case .sequenceStart(let anchor, let mark):
                open(isMapping: false, anchor: anchor, at: mark)
            case .mappingStart(let anchor, let mark):
                open(isMapping: true, anchor: anchor, at: mark)
            case .sequenceEnd, .mappingEnd:
                let frame = stack.removeLast()
                let node: YAMLNode
                if frame.isMapping {
                    node = YAMLNode(.mapping(try merged(frame)), at: frame.location)
                } else {
                    node = YAMLNode(.sequence(frame.items), at: frame.location)
                }
                if let anchor = frame.anchor { anchors[anchor] = Anchor(node: node, weight: frame.weight) }
                try add(node, weight: frame.weight, isMergeKey: false)
            }
        }
    }

    private func error(_ code: String, _ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(code: code, message: message, location: parser.location(mark))
    }

    private mutating func open(isMapping: Bool, anchor: String?, at mark: YAMLMark) {
        if let anchor { anchors[anchor] = Anchor(node: nil, weight: 0) }
        stack.append(Frame(isMapping: isMapping, anchor: anchor, location: parser.location(mark)))
    }

    private mutating func add(_ node: YAMLNode, weight: Int, isMergeKey: Bool) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].weight += weight
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            if stack[top].pendingKeyIsMerge { stack[top].mergeIndices.append(stack[top].pairs.count) }
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            stack[top].pendingKey = node
            stack[top].pendingKeyIsMerge = isMergeKey
        }
    }

    /// The pairs of a finished mapping with its merge keys (`<<`) applied as PyYAML does: merged pairs
    /// come first so that the mapping's own keys win, and of several merged mappings the earlier wins.
    private func merged(_ frame: Frame) throws(YAMLError) -> [YAMLPair] {
        guard !frame.mergeIndices.isEmpty else { return frame.pairs }
        var merged: [YAMLPair] = []
        var own: [YAMLPair] = []
        var merges = frame.mergeIndices[...]
        for (index, pair) in frame.pairs.enumerated() {
            guard index == merges.first else {
                own.append(pair)
                continue
            }
            merges = merges.dropFirst()
            switch pair.value.content {
            case .mapping(let pairs):
                merged += pairs
            case .sequence(let items):
                for item in items {
                    guard case .mapping = item.content else { throw badMerge(item) }
                }
                for item in items.reversed() {
                    if case .mapping(let pairs) = item.content { merged += pairs }
                }
            case .scalar:
                throw badMerge(pair.value)
            }
        }
        return merged + own
    }

    private func badMerge(_ node: YAMLNode) -> YAMLError {
        YAMLError(code: "yaml.bad-merge", message: "the value of a merge key '<<' must be a mapping or a list of mappings, found \(node.kindDescription)", location: node.location)
    }

    /// The kind of a scalar: standard tags force it (after checking the text fits), other tags are
    /// ignored, and untagged plain scalars resolve by the core schema.
    private func scalarKind(_ text: String, style: YAMLToken.ScalarStyle, tag: String?, at mark: YAMLMark) throws(YAMLError) -> YAMLScalar.Kind {
        let implicit: YAMLScalar.Kind = style == .plain ? YAMLCoreSchema.resolve(text) : .string
        guard let tag else { return implicit }
        if tag == "!" { return .string }
        guard tag.hasPrefix(YAMLCoreSchema.tagPrefix) else { return implicit }
        let name = tag.dropFirst(YAMLCoreSchema.tagPrefix.count)
        let forced: YAMLScalar.Kind
        let fits: Bool
        switch name {
        case "str": return .string
        case "null": (forced, fits) = (.null, YAMLCoreSchema.isNull(text))
        case "bool": (forced, fits) = (.bool, YAMLCoreSchema.boolValue(text) != nil)
        case "int": (forced, fits) = (.integer, YAMLCoreSchema.isInteger(text))
        case "float": (forced, fits) = (.float, YAMLCoreSchema.isFloat(text) || YAMLCoreSchema.isInteger(text))
        default: return implicit
        }
        guard fits else {
            throw error("yaml.tag-mismatch", "\"\(text)\" is not a valid !!\(name) value; fix the value or remove the tag", at: mark)
        }
        return forced
    }
}
