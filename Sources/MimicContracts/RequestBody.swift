/// The body an operation accepts (Swagger's `in: body` parameter, OpenAPI's `requestBody`, a Postman raw body).
public struct RequestBody: Sendable {
    public var required: Bool
    public var description: String?
    /// One entry per accepted media type, in declared order.
    public var contents: [MediaTypeContent]
    public var source: SourceReference

    public init(required: Bool, description: String? = nil, contents: [MediaTypeContent], source: SourceReference) {
        self.required = required
        self.description = description
        self.contents = contents
        self.source = source
    }
}
