/// How deep generation has gone, and through which references, so that recursive and very deep schemas end.
struct SchemaTrail {
    /// How much of a schema's shape to show at this point.
    enum Mode {
        /// Every declared property, arrays at their usual size.
        case full
        /// Required properties only, arrays at their minimum size, `null` where allowed.
        case minimal
        /// Containers stay empty: the value is deep enough.
        case exhausted
    }

    /// Nesting (objects and arrays) shown in full before values turn minimal.
    static let fullDepth = 8
    /// Nesting after which containers stay empty.
    static let exhaustedDepth = 16
    /// Times one reference may be nested in itself before values turn minimal.
    static let fullRepetitions = 3
    /// Times one reference may be nested in itself before containers stay empty.
    static let exhaustedRepetitions = 6

    private var references: [String] = []
    private var depth = 0
    private var repetitions = 0

    /// The trail inside the schema referenced by `key`.
    func entering(_ key: String) -> SchemaTrail {
        var trail = self
        trail.references.append(key)
        trail.repetitions = max(repetitions, trail.references.count { $0 == key })
        return trail
    }

    /// The trail one container deeper.
    func descending() -> SchemaTrail {
        var trail = self
        trail.depth += 1
        return trail
    }

    var mode: Mode {
        if depth >= Self.exhaustedDepth || repetitions > Self.exhaustedRepetitions { return .exhausted }
        if depth >= Self.fullDepth || repetitions > Self.fullRepetitions { return .minimal }
        return .full
    }
}
