import MimicContracts
import MimicSchema

/// A value of a request whose schema enumerates what it may be: a parameter's (each item of an array
/// parameter's), or a field's of a JSON body, counted member by member. A class, so that going through an
/// operation's targets on every request copies no schema.
final class EnumTarget: Sendable {
    /// Where the values are read.
    enum Source: Sendable {
        /// The parameter at this position of ``CoveragePlan/parameters``.
        case parameter(Int)
        /// The fields these steps reach from the body's root.
        case body([Step])
    }

    /// One step down a JSON body.
    enum Step: Sendable {
        /// The member of this name of an object.
        case member(String)
        /// Every element of an array.
        case items
    }

    let location: Violation.Location
    /// The parameter's name, or the body field's pointer (`/settings/mode`, `*` for every item of an array).
    let name: String
    /// The members, in declared order.
    let values: [JSONValue]
    /// The schema a parameter's text is read by.
    let schema: Schema
    let source: Source
    /// Where this target's counts start in an operation's enum slots: one per member, then one for the others.
    let firstSlot: Int

    init(location: Violation.Location, name: String, values: [JSONValue], schema: Schema, source: Source, firstSlot: Int) {
        self.location = location
        self.name = name
        self.values = values
        self.schema = schema
        self.source = source
        self.firstSlot = firstSlot
    }

    /// Counts `value` in `slots`: at its member's slot, else at the slot of the values that are not members.
    func count(_ value: JSONValue, in slots: inout [Int]) {
        let member = values.firstIndex { $0.isSameValue(as: value) } ?? values.count
        slots[firstSlot + member] += 1
    }

    /// Counts the text a request gives a parameter, read as ``schema`` says.
    func count(text: String, in slots: inout [Int]) {
        switch ParameterDecoder.decode(text, as: schema) {
        case .value(let value): count(value, in: &slots)
        case .mismatch: slots[firstSlot + values.count] += 1
        }
    }

    /// Counts every value `steps` reach in `value`.
    func count(fieldsOf value: JSONValue, at steps: ArraySlice<Step>, in slots: inout [Int]) {
        guard let step = steps.first else { return count(value, in: &slots) }
        switch (step, value) {
        case (.member(let name), .object):
            if let member = value[name] { count(fieldsOf: member, at: steps.dropFirst(), in: &slots) }
        case (.items, .array(let elements)):
            for element in elements { count(fieldsOf: element, at: steps.dropFirst(), in: &slots) }
        default:
            break
        }
    }
}
