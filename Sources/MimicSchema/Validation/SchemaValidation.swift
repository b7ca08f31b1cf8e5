import MimicContracts

/// One run of ``SchemaValidator``: where in the value it is, which references it is inside, what it found.
///
/// What a `$ref` finds at a pointer is kept and replayed when the same reference meets the same value again, so
/// that alternatives referring back to the schema they belong to (a recursive `oneOf`) cost one check per level
/// rather than one per way of reaching it. Only values that can be met again are kept: those below a value whose
/// members or elements several schemas check (composition, `contains`, `patternProperties`, see
/// ``SchemaValidation/checksMembersMoreThanOnce(_:)``); the elements of a plain array are checked once each and
/// leave nothing behind. A run stops after ``workLimit`` units of work (a check, or a violation replayed).
///
/// Past ``keptLimit``, violations are counted (``omitted``) rather than kept, except those of an alternative
/// being tried (``trial(_:against:)``), which are all needed to name the closest alternative.
struct SchemaValidation {
    let validator: SchemaValidator
    let direction: SchemaValidator.Direction
    /// The pointer the caller's value sits at.
    let base: String
    /// What has been found so far, in the order found: the first ``keptLimit``, and those of the alternatives
    /// being tried.
    private(set) var violations: [SchemaViolation] = []
    /// How many violations were found beyond ``keptLimit``, after ``violations``.
    private(set) var omitted = 0
    /// The most violations kept outside alternatives being tried.
    let keptLimit: Int
    /// From the caller's value down to the value being checked.
    private var path: [PathStep] = []
    /// The `$ref`s being followed, with the depth in the value each was entered at: entering one again at
    /// the same depth is a loop among schemas that would never reach a value.
    private var activeReferences: [(key: String, depth: Int)] = []
    /// The depth of the outermost value being checked whose members or elements may be checked more than once:
    /// below it, what a `$ref` finds is worth keeping (see ``follow(_:_:)``).
    private var sharedDepth: Int?
    /// How many alternatives are being tried, one inside another.
    private var trials = 0
    /// What following a `$ref` found, by reference key and pointer (see ``follow(_:_:)``).
    private var followed: [FollowedReference: Findings] = [:]
    /// The last `$ref` followed and the schema it names: the elements of an array follow the same one in turn.
    private var lastTarget: (key: String, target: ReferencedSchema)?
    /// How many schemas this run may check a value against before it gives up.
    let workLimit: Int
    /// How many schemas this run has checked a value against, plus the violations it has replayed.
    private(set) var work = 0

    init(validator: SchemaValidator, direction: SchemaValidator.Direction, base: String, workLimit: Int, keptLimit: Int) {
        self.validator = validator
        self.direction = direction
        self.base = base
        self.workLimit = workLimit
        self.keptLimit = keptLimit
    }

    /// Whether the run checked more than ``workLimit`` schemas, and so stopped: its violations are incomplete.
    var isExhausted: Bool { work > workLimit }

    /// How many findings of `$ref`s the run keeps for replaying.
    var rememberedFindings: Int { followed.count }

    /// Checks `value` against every keyword of `schema`, `$ref`s followed.
    mutating func check(_ value: JSONValue, against schema: Schema) {
        work += 1
        guard !isExhausted else { return }
        if let key = schema.reference { return follow(key, value) }
        if case .null = value, schema.nullable { return }
        let opensShare = sharedDepth == nil && value.isContainer && Self.checksMembersMoreThanOnce(schema)
        if opensShare { sharedDepth = path.count }
        defer { if opensShare { sharedDepth = nil } }
        checkType(of: value, schema)
        checkEnumeration(of: value, schema)
        switch value {
        case .integer(let integer): checkNumber(Double(integer), value, schema)
        case .number(let number): checkNumber(number, value, schema)
        case .string(let text): checkString(text, schema)
        case .array(let elements): checkArray(elements, schema)
        case .object(let members): checkObject(members, schema)
        case .null, .bool: break
        }
        checkComposition(of: value, schema)
    }

    /// Checks the member or element `step` of the current value, unless that is too deep.
    mutating func check(_ value: JSONValue, against schema: Schema, at step: PathStep) {
        guard path.count < SchemaValidator.maximumDepth else {
            return report(.depth, "nested deeper than \(SchemaValidator.maximumDepth) levels", at: step)
        }
        path.append(step)
        check(value, against: schema)
        path.removeLast()
    }

    /// What checking `value` against `schema` here finds, every violation, without keeping it among ``violations``.
    mutating func trial(_ value: JSONValue, against schema: Schema) -> [SchemaViolation] {
        let start = violations.count
        trials += 1
        check(value, against: schema)
        trials -= 1
        let found = Array(violations[start...])
        violations.removeSubrange(start...)
        return found
    }

    /// What checking the member name `name` of the current value against `names` finds first (`propertyNames`).
    ///
    /// The name is not the value at the current pointer, so nothing found for it is kept for replaying.
    mutating func firstViolation(ofName name: String, against names: Schema) -> SchemaViolation? {
        let shared = sharedDepth
        sharedDepth = nil
        defer { sharedDepth = shared }
        return trial(.string(name), against: names).first
    }

    /// Checks the current value against the schema registered under `key`, unless that reference is already
    /// being followed at this depth (a loop among schemas).
    ///
    /// Only a reference entered at this depth can change what checking finds here, so when none is being
    /// followed at this depth, and the value may be met again (below a value whose members several schemas
    /// check), the result is kept, and replayed the next time `key` meets this value. A result whose violations
    /// were partly only counted is replayed only where they would be counted again (outside alternatives).
    private mutating func follow(_ key: String, _ value: JSONValue) {
        let depth = path.count
        guard !activeReferences.contains(where: { $0.key == key && $0.depth == depth }),
              let target = target(named: key) else { return }
        let mayRecur = activeReferences.last?.depth != depth && sharedDepth.map { $0 < depth } ?? false
        let visit = mayRecur ? FollowedReference(key: key, pointer: pointer()) : nil
        if let visit, let found = followed[visit], found.omitted == 0 || trials == 0 {
            // Replaying is work too, one unit per violation repeated: findings that double at every level of a
            // value run out of work rather than memory.
            work += found.kept.count + found.omitted
            guard !isExhausted else { return }
            for violation in found.kept { keep(violation) }
            omitted += found.omitted
            return
        }
        let start = violations.count, omittedBefore = omitted
        activeReferences.append((key, depth))
        // Holding `target` for the call lets the schema be borrowed rather than copied field by field.
        withExtendedLifetime(target) { check(value, against: target.schema) }
        activeReferences.removeLast()
        if let visit, !isExhausted { followed[visit] = Findings(kept: Array(violations[start...]), omitted: omitted - omittedBefore) }
    }

    /// The schema registered under `key`, nil when there is none.
    private mutating func target(named key: String) -> ReferencedSchema? {
        if let lastTarget, lastTarget.key == key { return lastTarget.target }
        guard let target = validator.schemas.target(key) else { return nil }
        lastTarget = (key, target)
        return target
    }

    /// A reference followed at a pointer.
    private struct FollowedReference: Hashable {
        var key: String
        var pointer: String
    }

    /// What following a reference found: the violations kept, then how many more were only counted.
    private struct Findings {
        var kept: [SchemaViolation]
        var omitted: Int
    }

    /// Whether checking a value against `schema` may check one of its members or elements against more than one
    /// schema: its own keywords on members and elements, `contains`, each pattern property, each dependent
    /// schema and each part of a composition count one.
    private static func checksMembersMoreThanOnce(_ schema: Schema) -> Bool {
        var ways = schema.allOf.count + schema.anyOf.count + schema.oneOf.count + schema.patternProperties.count
        if schema.not != nil { ways += 1 }
        if schema.contains != nil { ways += 1 }
        ways += schema.dependencies.count { if case .schema = $0.requirement { true } else { false } }
        if schema.items != nil || !schema.tupleItems.isEmpty || !schema.properties.isEmpty
            || Self.isSchema(schema.additionalItems) || Self.isSchema(schema.additionalProperties) {
            ways += 1
        }
        return ways > 1
    }

    /// Whether `additional` is a schema that members or elements are checked against.
    private static func isSchema(_ additional: AdditionalProperties) -> Bool {
        if case .schema = additional { true } else { false }
    }

    /// Records a violation of the current value, or of its member or element `step`; past ``keptLimit``, outside
    /// alternatives being tried, only counts it (its message is then never written).
    mutating func report(
        _ code: ViolationCode, _ message: @autoclosure () -> String, allowed: [JSONValue]? = nil, term: SchemaTerm? = nil, at step: PathStep? = nil
    ) {
        guard isKeeping else {
            omitted += 1
            return
        }
        violations.append(SchemaViolation(pointer: pointer(to: step), code: code, message: message(), allowed: allowed, term: term))
    }

    /// Records `violation`, or past ``keptLimit`` counts it, as ``report(_:_:allowed:term:at:)`` does.
    private mutating func keep(_ violation: SchemaViolation) {
        if isKeeping { violations.append(violation) } else { omitted += 1 }
    }

    /// Whether a violation found now is kept: inside an alternative being tried, or below ``keptLimit``.
    private var isKeeping: Bool { trials > 0 || violations.count < keptLimit }

    /// The JSON pointer of the current value, or of its member or element `step`.
    func pointer(to step: PathStep? = nil) -> String {
        var pointer = base
        for step in path { pointer += "/" + step.token }
        if let step { pointer += "/" + step.token }
        return pointer
    }
}
