/// A body in one media type: its schema and examples.
public struct MediaTypeContent: Sendable {
    /// `application/json`, `application/x-www-form-urlencoded` …, as declared.
    public var mediaType: String
    public var schema: Schema?
    public var examples: [Example]
    /// The form fields its `encoding` names, each with its `allowReserved` (false when not given): whether the
    /// field's value may carry reserved characters (`/?#[]@!$&'()*+,;=`, `:`) unescaped.
    public var reservedAllowed: [String: Bool]

    public init(mediaType: String, schema: Schema? = nil, examples: [Example] = [], reservedAllowed: [String: Bool] = [:]) {
        self.mediaType = mediaType
        self.schema = schema
        self.examples = examples
        self.reservedAllowed = reservedAllowed
    }
}
