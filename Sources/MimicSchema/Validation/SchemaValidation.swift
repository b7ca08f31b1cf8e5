import MimicContracts

/// One run of ``SchemaValidator``: where in the value it is, which references it is inside, what it found.
///
/// What a `$ref` finds at a pointer is kept and replayed when the same reference meets the same value again,
/// so that alternatives referring back to the schema they belong to (a recursive `oneOf`) cost one check per
/// level rather than one per way of reaching it; and a run stops after ``workLimit`` checks.
struct SchemaValidation {
    let validator: SchemaValidator
    let direction: SchemaValidator.Direction
    /// The pointer the caller's value sits at.
    let base: String
    /// What has been found so far, in the order found.
    var violations: [SchemaViolation] = []
    /// From the caller's value down to the value being checked.
    private var path: [PathStep] = []
    /// The `$ref`s being followed, with the depth in the value each was entered at: entering one again at
    /// the same depth is a loop among schemas that would never reach a value.
    private var activeReferences: [(key: String, depth: Int)] = []
    /// What following a `$ref` found, by reference key and pointer (see ``follow(_:_:)``).
    private var followed: [FollowedReference: [SchemaViolation]] = [:]
    /// How many schemas this run may check a value against before it gives up.
    let workLimit: Int
    /// How many schemas this run has checked a value against.
    private(set) var work = 0

    init(validator: SchemaValidator, direction: SchemaValidator.Direction, base: String, workLimit: Int) {
        self.validator = validator
        self.direction = direction
        self.base = base
        self.workLimit = workLimit
    }

    /// Whether the run checked more than ``workLimit`` schemas, and so stopped: its violations are incomplete.
    var isExhausted: Bool { work > workLimit }

    /// Checks `value` against every keyword of `schema`, `$ref`s followed.
    mutating func check(_ value: JSONValue, against schema: Schema) {
        work += 1
        guard !isExhausted else { return }
        if let key = schema.reference { return follow(key, value) }
        if case .null = value, schema.nullable { return }
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

    /// What checking `value` against `schema` here finds, without keeping it among ``violations``.
    mutating func trial(_ value: JSONValue, against schema: Schema) -> [SchemaViolation] {
        let start = violations.count
        check(value, against: schema)
        let found = Array(violations[start...])
        violations.removeSubrange(start...)
        return found
    }

    /// Checks the current value against the schema registered under `key`, unless that reference is already
    /// being followed at this depth (a loop among schemas).
    ///
    /// Only a reference entered at this depth can change what checking finds here, so when none is being
    /// followed at this depth the result is kept, and replayed the next time `key` meets this value.
    private mutating func follow(_ key: String, _ value: JSONValue) {
        let depth = path.count
        guard !activeReferences.contains(where: { $0.key == key && $0.depth == depth }),
              let target = validator.schemas[key] else { return }
        let visit = activeReferences.last?.depth == depth ? nil : FollowedReference(key: key, pointer: pointer())
        if let visit, let found = followed[visit] {
            violations += found
            return
        }
        let start = violations.count
        activeReferences.append((key, depth))
        check(value, against: target)
        activeReferences.removeLast()
        if let visit, !isExhausted { followed[visit] = Array(violations[start...]) }
    }

    /// A reference followed at a pointer.
    private struct FollowedReference: Hashable {
        var key: String
        var pointer: String
    }

    /// Records a violation of the current value, or of its member or element `step`.
    mutating func report(_ code: ViolationCode, _ message: String, allowed: [JSONValue]? = nil, at step: PathStep? = nil) {
        violations.append(SchemaViolation(pointer: pointer(to: step), code: code, message: message, allowed: allowed))
    }

    /// The JSON pointer of the current value, or of its member or element `step`.
    func pointer(to step: PathStep? = nil) -> String {
        var pointer = base
        for step in path { pointer += "/" + step.token }
        if let step { pointer += "/" + step.token }
        return pointer
    }
}
