/// One thing an API can do: a method on a path, with what it accepts and what it answers.
public struct APIOperation: Sendable {
    /// The method in upper case (`GET`, `POST` …).
    public var method: String
    /// The full path, base path or server prefix included.
    public var path: PathTemplate
    public var operationId: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    /// Media types the operation may answer with, for responses that declare no content of their own.
    public var produces: [String]
    /// Media types the operation accepts as a body.
    public var consumes: [String]
    /// Alternatives, any one of which authorizes the call; empty means none needed.
    public var security: [SecurityRequirement]
    public var deprecated: Bool
    /// Every place that declares this operation (several after a merge).
    public var sources: [SourceReference]

    public init(
        method: String, path: PathTemplate, operationId: String? = nil, summary: String? = nil,
        description: String? = nil, tags: [String] = [], parameters: [Parameter] = [], requestBody: RequestBody? = nil,
        responses: [Response] = [], produces: [String] = [], consumes: [String] = [],
        security: [SecurityRequirement] = [], deprecated: Bool = false, sources: [SourceReference]
    ) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.summary = summary
        self.description = description
        self.tags = tags
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.produces = produces
        self.consumes = consumes
        self.security = security
        self.deprecated = deprecated
        self.sources = sources
    }

    /// `GET /a/{}`: operations with the same key are the same operation, whatever their parameter names.
    public var key: String {
        method + " " + path.shape
    }

    /// The parameter called `name` in `location`, if declared.
    public func parameter(_ name: String, in location: ParameterLocation) -> Parameter? {
        parameters.first { $0.name == name && $0.location == location }
    }
}
