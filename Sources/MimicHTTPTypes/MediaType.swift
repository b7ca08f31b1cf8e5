/// A media type (RFC 9110 §8.3.1) as `Content-Type` or a contract writes it: `type/subtype`, in lower case,
/// and its parameters (`multipart/form-data; boundary=XyZ`).
///
/// Read leniently: whitespace inside the essence is dropped, and text without `/` has an empty subtype, so
/// that a malformed `Content-Type` is still named in a message rather than mistaken for a missing one.
public struct MediaType: Sendable, Hashable {
    /// The type, in lower case (`application`).
    public var type: String
    /// The subtype, in lower case (`problem+json`).
    public var subtype: String
    /// The parameters, in order (names in lower case, values unquoted).
    public var parameters: [ParameterizedValue.Parameter]

    /// The media type `text` writes.
    public init(_ text: some StringProtocol) {
        let value = ParameterizedValue(text)
        let token = value.token.utf8
        let essence = token.allSatisfy({ $0 < 0x80 })
            ? token.compactMap { HTTPGrammar.isWhitespace($0) ? nil : HTTPGrammar.lowercased($0) }
            : value.token.lowercased().utf8.filter { !HTTPGrammar.isWhitespace($0) }
        let slash = essence.firstIndex(of: HTTPGrammar.slash)
        type = String(decoding: essence[..<(slash ?? essence.endIndex)], as: UTF8.self)
        subtype = slash.map { String(decoding: essence[($0 + 1)...], as: UTF8.self) } ?? ""
        parameters = value.parameters
    }

    /// `type/subtype`, parameters dropped: `application/json` for `Application/JSON; charset=utf-8`.
    public var essence: String {
        type + "/" + subtype
    }

    /// Whether this is JSON: `…/json` or any `+json` structured syntax.
    public var isJSON: Bool {
        subtype == "json" || subtype.hasSuffix("+json")
    }

    /// Whether this is XML: `application/xml`, `text/xml` or any `+xml` structured syntax.
    public var isXML: Bool {
        subtype == "xml" || subtype.hasSuffix("+xml")
    }

    /// Whether this is `application/x-www-form-urlencoded`.
    public var isURLEncodedForm: Bool {
        type == "application" && subtype == "x-www-form-urlencoded"
    }

    /// Whether this is `multipart/form-data`.
    public var isMultipartForm: Bool {
        type == "multipart" && subtype == "form-data"
    }

    /// The value of the first parameter called `name` (lower case), or nil.
    public func parameter(named name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }
}
