/// A way a contract says clients authenticate.
public struct SecurityScheme: Sendable {
    /// The scheme's key in `securityDefinitions` / `components.securitySchemes`.
    public var name: String
    public var kind: Kind
    public var source: SourceReference

    /// What kind of credential a scheme expects.
    public enum Kind: Sendable, Hashable {
        /// A key in a header, query parameter or cookie of the given name.
        case apiKey(parameterName: String, location: ParameterLocation)
        /// HTTP authentication (`basic`, `bearer` …).
        case http(scheme: String)
        /// OAuth 2 or OpenID Connect: a bearer token in `Authorization`.
        case oauth2
    }

    public init(name: String, kind: Kind, source: SourceReference) {
        self.name = name
        self.kind = kind
        self.source = source
    }
}

/// One acceptable combination of schemes: all of them must be satisfied (OpenAPI's security requirement object).
public struct SecurityRequirement: Sendable, Hashable {
    public var schemeNames: [String]

    public init(schemeNames: [String]) {
        self.schemeNames = schemeNames
    }
}
