/// A body in one media type: its schema and examples.
public struct MediaTypeContent: Sendable {
    /// `application/json`, `application/x-www-form-urlencoded` …, as declared.
    public var mediaType: String
    public var schema: Schema?
    public var examples: [Example]

    public init(mediaType: String, schema: Schema? = nil, examples: [Example] = []) {
        self.mediaType = mediaType
        self.schema = schema
        self.examples = examples
    }
}
