import MimicContracts

/// The JSON Schema data model over JSON values: types and equality.
extension JSONValue {
    /// JSON Schema's equality: numbers by value whatever their spelling (`1` equals `1.0`), strings by code
    /// point (not by Swift's canonical equivalence), objects by their members whatever the order.
    package func isSameValue(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.string(let left), .string(let right)):
            return left.utf8.elementsEqual(right.utf8)
        case (.integer(let integer), .number(let number)), (.number(let number), .integer(let integer)):
            return Double(integer) == number
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isSameValue(as: $1) }
        case (.object(let left), .object(let right)):
            return left.count == right.count && left.allSatisfy { member in
                right.contains { $0.key == member.key && $0.value.isSameValue(as: member.value) }
            }
        default:
            return self == other
        }
    }

    /// The value with one spelling per JSON Schema value, so that `==` and hashing agree with
    /// ``isSameValue(as:)``: integral numbers as integers, object members sorted by key.
    var canonical: JSONValue {
        switch self {
        case .number(let number):
            guard number == number.rounded(), let integer = Int(exactly: number) else { return self }
            return .integer(integer)
        case .array(let elements):
            return .array(elements.map(\.canonical))
        case .object(let members):
            return .object(members.map { JSONMember($0.key, $0.value.canonical) }.sorted { $0.key < $1.key })
        case .null, .bool, .integer, .string:
            return self
        }
    }

    /// Whether the value is an array or an object: one with elements or members to check.
    var isContainer: Bool {
        switch self {
        case .array, .object: true
        case .null, .bool, .integer, .number, .string: false
        }
    }

    /// Whether the value is an instance of `type`; a number with an integral value is an integer.
    func isInstance(of type: SchemaType) -> Bool {
        switch (type, self) {
        case (.string, .string), (.boolean, .bool), (.array, .array), (.object, .object), (.null, .null),
             (.integer, .integer), (.number, .integer), (.number, .number): true
        case (.integer, .number(let number)): number.isFinite && number == number.rounded()
        default: false
        }
    }
}
