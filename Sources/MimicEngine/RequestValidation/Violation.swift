import MimicContracts
import MimicSchema

/// One way a request (or a response) breaks its contract: where, which rule, and what a person should change.
public struct Violation: Sendable, Hashable {
    /// Where in the request (or the response) the fault is.
    public enum Location: String, Sendable, Hashable {
        case path, query, header, cookie, formData, body
        /// The response's status is not declared.
        case responseStatus = "response.status"
        /// A response header (`Content-Type`, or one the response declares).
        case responseHeader = "response.header"
        /// The response's body.
        case responseBody = "response.body"

        /// Whether values here are header fields, whose names match in any case.
        var isHeader: Bool { self == .header || self == .responseHeader }
    }

    public var location: Location
    /// The parameter or form field name; for a body, the empty string.
    public var name: String
    /// A JSON pointer into the value (`/items/0/status` in a body; empty for a whole parameter, `/1` for its second value).
    public var pointer: String
    /// A stable identifier of the rule broken: `enum`, `type`, `required`, `format`, `minimum` …
    public var code: ViolationCode
    public var message: String
    /// The allowed values, for an `enum` violation.
    public var allowed: [JSONValue]?
    /// What the broken keyword asks for, for wording the violation as Prism does (see ``SchemaTerm``).
    public var term: SchemaTerm?

    public init(
        location: Location, name: String, pointer: String = "", code: ViolationCode, message: String, allowed: [JSONValue]? = nil,
        term: SchemaTerm? = nil
    ) {
        self.location = location
        self.name = name
        self.pointer = pointer
        self.code = code
        self.message = message
        self.allowed = allowed
        self.term = term
    }
}

extension Violation {
    /// The same violation: the same place, code, message and allowed values. The ``term`` is left out: it
    /// restates what the schema asks for, which the code and message already say.
    public static func == (left: Violation, right: Violation) -> Bool {
        left.location == right.location && left.name == right.name && left.pointer == right.pointer && left.code == right.code
            && left.message == right.message && left.allowed == right.allowed
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(name)
        hasher.combine(pointer)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(allowed)
    }

    /// `found`, a schema's violation by the value of `name` in `location`, its pointer, code, allowed values and
    /// term kept.
    init(_ found: SchemaViolation, in location: Location, name: String = "") {
        self.init(
            location: location, name: name, pointer: found.pointer, code: found.code, message: found.message, allowed: found.allowed,
            term: found.term)
    }

    /// The violation of a JSON body in `location` that cannot be read: too deep (`depth`) or not JSON (`syntax`),
    /// with the fault's byte offset, line and column.
    init(unreadable error: JSONTextError, in location: Location) {
        let place = "byte \(error.offset) (line \(error.line), column \(error.column))"
        if case .tooDeep(let maximumDepth) = error.kind {
            self.init(location: location, name: "", code: .depth, message: "the body nests arrays and objects more than \(maximumDepth) levels deep, at \(place)")
        } else {
            self.init(location: location, name: "", code: .syntax, message: "the body is not JSON: at \(place), \(error.message)")
        }
    }
}

extension Violation: CustomStringConvertible {
    /// `query status: "BOGUS" is not one of SUCCESS, FAILED`, `body /items/0/id: …`: where (the location, the name,
    /// the pointer) and the message, in one line.
    public var description: String {
        let place = [location.rawValue, name + pointer].filter { !$0.isEmpty }.joined(separator: " ")
        return place + ": " + message
    }
}
