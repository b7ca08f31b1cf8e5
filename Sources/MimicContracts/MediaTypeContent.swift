/// A body in one media type: its schema and examples.
public struct MediaTypeContent: Sendable {
    /// `application/json`, `application/x-www-form-urlencoded` …, as declared.
    public var mediaType: String
    public var schema: Schema?
    public var examples: [Example]
    /// The form fields its `encoding` names, each with its `allowReserved` (false when not given): whether the
    /// field's value may carry reserved characters (`/?#[]@!$&'()*+,;=`, `:`) unescaped.
    public var reservedAllowed: [String: Bool]
    /// Whether ``schema`` was inferred from the JSON examples (a Postman request's saved body) rather than
    /// declared; merging two such contents infers it again from both's examples.
    public var isSchemaInferred: Bool

    public init(
        mediaType: String, schema: Schema? = nil, examples: [Example] = [], reservedAllowed: [String: Bool] = [:],
        isSchemaInferred: Bool = false
    ) {
        self.mediaType = mediaType
        self.schema = schema
        self.examples = examples
        self.reservedAllowed = reservedAllowed
        self.isSchemaInferred = isSchemaInferred
    }
}
