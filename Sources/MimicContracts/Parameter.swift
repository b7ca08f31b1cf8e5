/// A request parameter: where it goes, whether it is required, and the schema its value must match.
public struct Parameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    public var required: Bool
    public var schema: Schema
    /// How an array or object value is spelt in the request.
    public var style: ParameterStyle
    /// Whether each array element (or object member) is sent as a parameter of its own.
    public var explode: Bool
    /// False when the contract gave no type and Mimic assumed a string.
    public var isTypeDeclared: Bool
    public var description: String?
    public var examples: [Example]
    public var deprecated: Bool
    /// Whether an empty value (`?q=`) is accepted: `allowEmptyValue` of an OpenAPI or Swagger query parameter or
    /// Swagger form field (false unless declared true); true where the contract has no such keyword (Postman,
    /// fields of an OpenAPI form body's schema, headers, cookies, path parameters).
    public var allowsEmptyValue: Bool
    /// Whether the value may carry reserved characters (`:/?#[]@!$&'()*+,;=`) unescaped: `allowReserved` as
    /// declared (a query parameter's, or its form field's `encoding`); nil when the contract does not say, and
    /// then it is not checked.
    public var allowsReserved: Bool?
    public var source: SourceReference

    public init(
        name: String, location: ParameterLocation, required: Bool = false, schema: Schema,
        style: ParameterStyle? = nil, explode: Bool? = nil, isTypeDeclared: Bool = true,
        description: String? = nil, examples: [Example] = [], deprecated: Bool = false, allowsEmptyValue: Bool = true,
        allowsReserved: Bool? = nil, source: SourceReference
    ) {
        self.name = name
        self.location = location
        self.required = required
        self.schema = schema
        let style = style ?? location.defaultStyle
        self.style = style
        self.explode = explode ?? (style == .form)
        self.isTypeDeclared = isTypeDeclared
        self.description = description
        self.examples = examples
        self.deprecated = deprecated
        self.allowsEmptyValue = allowsEmptyValue
        self.allowsReserved = allowsReserved
        self.source = source
    }

    /// Whether the declaration says more than "a string": a type, a format or an enum.
    public var isSpecific: Bool {
        isTypeDeclared || schema.enumValues != nil
    }
}

/// Where in the request a parameter travels.
public enum ParameterLocation: String, Sendable, Hashable, CaseIterable {
    case path, query, header, cookie
    /// A field of an `application/x-www-form-urlencoded` or `multipart/form-data` body.
    case formData

    /// OpenAPI's default `style` for this location.
    var defaultStyle: ParameterStyle {
        switch self {
        case .path, .header: .simple
        case .query, .cookie, .formData: .form
        }
    }
}

/// OpenAPI's parameter styles; Swagger 2.0's `collectionFormat` maps onto them
/// (csv → form or simple, ssv → spaceDelimited, tsv → tabDelimited, pipes → pipeDelimited, multi → exploded form).
public enum ParameterStyle: String, Sendable, Hashable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    /// Swagger 2.0's `tsv`, which OpenAPI 3 dropped.
    case tabDelimited
}
