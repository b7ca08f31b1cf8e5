import MimicContracts

/// One run of ``SchemaValidator``: where in the value it is, which references it is inside, what it found.
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

    init(validator: SchemaValidator, direction: SchemaValidator.Direction, base: String) {
        self.validator = validator
        self.direction = direction
        self.base = base
    }

    /// Checks `value` against every keyword of `schema`, `$ref`s followed.
    mutating func check(_ value: JSONValue, against schema: Schema) {
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
            return report("depth", "nested deeper than \(SchemaValidator.maximumDepth) levels", at: step)
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

    private mutating func follow(_ key: String, _ value: JSONValue) {
        guard !activeReferences.contains(where: { $0.key == key && $0.depth == path.count }),
              let target = validator.schemas[key] else { return }
        activeReferences.append((key, path.count))
        check(value, against: target)
        activeReferences.removeLast()
    }

    /// Records a violation of the current value, or of its member or element `step`.
    mutating func report(_ code: String, _ message: String, allowed: [JSONValue]? = nil, at step: PathStep? = nil) {
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
