import MimicSchema

/// The rules a request breaks beyond its values' schemas.
extension ViolationCode {
    /// The body's `Content-Type` is not one the operation accepts.
    public static let mediaType = ViolationCode(rawValue: "media-type")
    /// A JSON body is not JSON.
    public static let syntax = ViolationCode(rawValue: "syntax")
    /// An XML body is not well-formed XML, or holds a DOCTYPE.
    public static let xmlSyntax = ViolationCode(rawValue: "xml-syntax")
    /// An XML body's root element, or an item of a list, has another name than the schema's `xml` annotations give.
    public static let xmlName = ViolationCode(rawValue: "xml-name")
    /// An XML element or attribute is outside the namespace the schema's `xml` annotations give.
    public static let xmlNamespace = ViolationCode(rawValue: "xml-namespace")
    /// A path parameter, query pair or form body cannot be percent-decoded or read.
    public static let encoding = ViolationCode(rawValue: "encoding")
    /// An empty query parameter or form field (`?q=`) where the contract does not set `allowEmptyValue: true`.
    public static let emptyValue = ViolationCode(rawValue: "empty-value")
    /// Reserved characters not percent-encoded in a value whose contract sets (or whose form `encoding` implies)
    /// `allowReserved: false`.
    public static let reservedCharacters = ViolationCode(rawValue: "reserved-characters")
    /// A query parameter or form field the operation does not declare (strict mode).
    public static let undeclared = ViolationCode(rawValue: "undeclared")
    /// A secured operation was called without credentials.
    public static let credentials = ViolationCode(rawValue: "credentials")
    /// No operation is declared for the path.
    public static let routeNotFound = ViolationCode(rawValue: "route-not-found")
    /// The path is declared, but not for the method.
    public static let methodNotAllowed = ViolationCode(rawValue: "method-not-allowed")
}
