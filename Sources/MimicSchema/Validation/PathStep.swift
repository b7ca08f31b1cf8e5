import MimicContracts

/// One step down into a JSON value: a member of an object or an element of an array.
package enum PathStep {
    case key(String)
    case index(Int)

    /// The step as a JSON pointer token (RFC 6901: `~` as `~0`, `/` as `~1`).
    package var token: String {
        switch self {
        case .index(let index): String(index)
        case .key(let key): JSONPointer.escaped(key)
        }
    }
}
