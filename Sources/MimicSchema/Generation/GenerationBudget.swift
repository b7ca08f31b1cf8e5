import MimicContracts

/// What one generated value may still cost, in bytes of its compact JSON (escapes aside): ``GenerationLimits/valueSize``
/// at first, shared by every part of the value (through its ``SchemaTrail``), spent in the order the parts are made.
///
/// The order is fixed, so a value stays deterministic; a value that reaches the limit is cut short where it does.
final class GenerationBudget {
    private var remaining = GenerationLimits.valueSize

    /// Whether the value has reached its size: what is still to be made is made as at the exhausted depth.
    var isSpent: Bool {
        remaining <= 0
    }

    /// Counts `bytes` of a container's own text: its brackets and commas, a member's name, quotes and colon.
    func spend(_ bytes: Int) {
        remaining -= bytes
    }

    /// `value`, counted whole: a scalar, or a declared example, `const` or `enum` member.
    func counted(_ value: JSONValue) -> JSONValue {
        remaining -= Self.size(of: value)
        return value
    }

    /// The length of `value`'s compact JSON, escapes aside.
    private static func size(of value: JSONValue) -> Int {
        switch value {
        case .null: 4
        case .bool(let flag): flag ? 4 : 5
        case .integer, .number: value.serialized().utf8.count
        case .string(let text): text.utf8.count + 2
        case .array(let elements): elements.reduce(1 + max(elements.count, 1)) { $0 + size(of: $1) }
        case .object(let members): members.reduce(1 + max(members.count, 1)) { $0 + $1.key.utf8.count + 3 + size(of: $1.value) }
        }
    }
}
