/// How deep generation has gone, through which references, and what the value may still cost, so that recursive,
/// very deep and very large schemas end.
struct SchemaTrail {
    /// How much of a schema's shape to show at this point.
    enum Mode {
        /// Every declared property, arrays at their usual size.
        case full
        /// Required properties only, arrays at their minimum size, `null` where allowed.
        case minimal
        /// Containers stay empty: the value is deep or large enough.
        case exhausted
    }

    /// Nesting (objects and arrays) shown in full before values turn minimal.
    static let fullDepth = GenerationLimits.depth / 2
    /// Nesting after which containers stay empty.
    static let exhaustedDepth = GenerationLimits.depth
    /// Times one reference may be nested in itself before values turn minimal.
    static let fullRepetitions = 3
    /// Times one reference may be nested in itself before containers stay empty.
    static let exhaustedRepetitions = 6
    /// References followed one inside another with no container between, at most: past them, `oneOf`/`anyOf`
    /// alternatives are no longer followed, so that `A: {oneOf: [$ref: A]}` ends.
    static let longestReferenceChain = 64

    /// What the whole value may still cost, shared by every trail inside it.
    let budget = GenerationBudget()
    /// What the request asks of the value at this point: set at the root, passed on by a root envelope to its
    /// members and by the list to its items, and cleared below them.
    var request: GenerationRequest?
    /// The position of the listed item this is, when it is one.
    var listedItem: Int?
    private var references: [String] = []
    private var depth = 0
    private var repetitions = 0
    private var referencesSinceContainer = 0

    /// The trail inside the schema referenced by `key`.
    func entering(_ key: String) -> SchemaTrail {
        var trail = self
        trail.references.append(key)
        trail.repetitions = max(repetitions, trail.references.count { $0 == key })
        trail.referencesSinceContainer += 1
        return trail
    }

    /// The trail one container deeper, asking nothing of the request.
    func descending() -> SchemaTrail {
        var trail = self
        trail.request = nil
        trail.listedItem = nil
        trail.depth += 1
        trail.referencesSinceContainer = 0
        return trail
    }

    /// Whether ``longestReferenceChain`` references have been followed since the last container.
    var isCircling: Bool {
        referencesSinceContainer >= Self.longestReferenceChain
    }

    /// Whether this is the value's root, outside every container.
    var isAtRoot: Bool {
        depth == 0
    }

    var mode: Mode {
        if depth >= Self.exhaustedDepth || repetitions > Self.exhaustedRepetitions || budget.isSpent { return .exhausted }
        if depth >= Self.fullDepth || repetitions > Self.fullRepetitions { return .minimal }
        return .full
    }
}
