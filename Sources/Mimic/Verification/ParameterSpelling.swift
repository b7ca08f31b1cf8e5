import MimicContracts

/// How a parameter's value is written into a request, by its location and OpenAPI style: the inverse of the
/// engine's parameter decoding, for the requests `mimic verify` builds.
enum ParameterSpelling {
    /// The characters left as they are in a percent-encoded component (RFC 3986's unreserved set).
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    /// `text` percent-encoded as a URL component: every byte but the unreserved ones as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        encoded(text) { unreserved.contains($0) }
    }

    /// The characters a path segment holds as they are besides the unreserved ones (RFC 3986's sub-delims, `:`
    /// and `@`).
    private static let segmentCharacters = Set("!$&'()*+,;=:@".utf8)

    /// A literal path segment of a template as sent: characters a segment cannot hold (`#`, `?`, a space…)
    /// percent-encoded, so that `/#Action=Stop` reaches the server as a path, not a fragment.
    static func pathLiteral(_ text: String) -> String {
        encoded(text) { unreserved.contains($0) || segmentCharacters.contains($0) }
    }

    /// `text` with every byte `kept` refuses written `%XX`.
    private static func encoded(_ text: String, keeping kept: (UInt8) -> Bool) -> String {
        var encoded = ""
        for byte in text.utf8 {
            if kept(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded
            }
        }
        return encoded
    }

    /// A scalar as text: strings as they are, numbers and booleans as JSON writes them, anything else as JSON.
    static func text(_ value: JSONValue) -> String {
        value.scalarText ?? value.serialized()
    }

    /// The query pairs (names and values percent-encoded, joined by `=`) that give `parameter` the value `value`.
    static func queryPairs(_ parameter: Parameter, _ value: JSONValue) -> [String] {
        let name = percentEncoded(parameter.name)
        switch value {
        case .array(let items):
            if parameter.explode && parameter.style == .form {
                return items.map { name + "=" + percentEncoded(text($0)) }
            }
            return [name + "=" + items.map { percentEncoded(text($0)) }.joined(separator: delimiter(of: parameter.style))]
        case .object(let members):
            switch (parameter.style, parameter.explode) {
            case (.deepObject, _):
                return members.map { percentEncoded(parameter.name + "[" + $0.key + "]") + "=" + percentEncoded(text($0.value)) }
            case (.form, true):
                return members.map { percentEncoded($0.key) + "=" + percentEncoded(text($0.value)) }
            default:
                return [name + "=" + members.flatMap { [percentEncoded($0.key), percentEncoded(text($0.value))] }.joined(separator: ",")]
            }
        default:
            return [name + "=" + percentEncoded(text(value))]
        }
    }

    /// The text of a path, header or cookie parameter (`simple` style: items and members joined by commas); for
    /// a path parameter, percent-encoded, with the `label` (`.`) or `matrix` (`;name=`) prefix its style asks for.
    static func singleText(_ parameter: Parameter, _ value: JSONValue) -> String {
        let isPath = parameter.location == .path
        func encode(_ text: String) -> String { isPath ? percentEncoded(text) : text }
        let joined: String
        switch value {
        case .array(let items): joined = items.map { encode(text($0)) }.joined(separator: ",")
        case .object(let members): joined = members.flatMap { member in [encode(member.key), encode(text(member.value))] }.joined(separator: ",")
        default: joined = encode(text(value))
        }
        switch (parameter.location, parameter.style) {
        case (.path, .label): return "." + joined
        case (.path, .matrix): return ";" + percentEncoded(parameter.name) + "=" + joined
        default: return joined
        }
    }

    /// Why a value cannot be written as a parameter outside the body: OpenAPI styles spell scalars, arrays of
    /// scalars and objects of scalars only, so an item or a member that is itself an object or an array has no
    /// defined spelling.
    struct Unspellable: Error, Equatable {
        var reason: String
    }

    /// `value` as `parameter` (outside the body) can carry it: as it is when it is a scalar, an array of scalars or
    /// an object of scalars; an object with its members that are objects or arrays left out, when
    /// `requiredMembers` does not name them and some member is left. Throws for an array holding an object or an
    /// array, and for an object that needs such a member.
    static func spellable(_ value: JSONValue, of parameter: Parameter, requiredMembers: [String]) throws(Unspellable) -> JSONValue {
        let place = "\(parameter.location.rawValue) \(parameter.name)"
        switch value {
        case .array(let items) where items.contains(where: isNested):
            throw Unspellable(reason: "\(place) is an array of objects or arrays, which OpenAPI gives no way to write outside a body")
        case .object(let members):
            if let nested = members.first(where: { isNested($0.value) && requiredMembers.contains($0.key) }) {
                throw Unspellable(reason: "\(place) requires the member \(nested.key), an object or an array, which OpenAPI gives no way to write outside a body")
            }
            let scalars = members.filter { !isNested($0.value) }
            if scalars.isEmpty && !members.isEmpty {
                throw Unspellable(reason: "\(place) has only members that are objects or arrays, which OpenAPI gives no way to write outside a body")
            }
            return .object(scalars)
        default:
            return value
        }
    }

    /// Whether `value` is an object or an array.
    private static func isNested(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: true
        default: false
        }
    }

    /// The separator of a non-exploded array of `style`.
    private static func delimiter(of style: ParameterStyle) -> String {
        switch style {
        case .spaceDelimited: "%20"
        case .pipeDelimited: "%7C"
        case .tabDelimited: "%09"
        default: ","
        }
    }
}

extension String {
    /// A one-digit hexadecimal number with a leading zero.
    fileprivate var leftPadded: String {
        count == 1 ? "0" + self : self
    }
}
