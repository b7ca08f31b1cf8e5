import MimicContracts
import MimicSchema

extension Violation {
    /// `{"location","name","pointer","code","message"}`, then `allowed` for an enum violation.
    public var json: JSONValue {
        var members = [
            JSONMember("location", .string(location.rawValue)),
            JSONMember("name", .string(name)),
            JSONMember("pointer", .string(pointer)),
            JSONMember("code", .string(code.rawValue)),
            JSONMember("message", .string(message)),
        ]
        if let allowed { members.append(JSONMember("allowed", .array(allowed))) }
        return .object(members)
    }
}
