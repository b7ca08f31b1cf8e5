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
