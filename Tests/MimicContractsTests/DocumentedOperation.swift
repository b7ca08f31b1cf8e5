/// An operation as a source document describes it, reduced to what request validation enforces.
struct DocumentedOperation: Equatable, Sendable {
    /// The HTTP method, upper case: `GET`, `PUT`, `POST`.
    var method: String
    /// The path template as documented, without any server prefix: `/backups/{guid}`.
    var path: String
    /// The parameters in the document's order.
    var parameters: [DocumentedParameter]

    /// `METHOD /path`, the way failure messages name the operation.
    var methodAndPath: String { "\(method) \(path)" }
}

/// A request parameter as a source document describes it, in the terms an OpenAPI 3 contract uses.
struct DocumentedParameter: Equatable, Sendable {
    var name: String
    /// `path`, `query`, `header` or `body`.
    var location: String
    /// The OpenAPI type (`integer`, `boolean`, `string`, …); for a multivalued parameter, that of one element.
    var type: String?
    /// The OpenAPI format (`int64`, …), if the document implies one.
    var format: String?
    /// The allowed values in the document's order; empty when any value of `type` is allowed.
    var enumValues: [String]
    var required: Bool
    /// Whether the parameter takes a list of values rather than one.
    var multivalued: Bool
}
