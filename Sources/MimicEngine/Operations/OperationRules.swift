import MimicContracts
import MimicSchema
import MimicHTTPTypes

/// What checking a request against one operation needs, worked out once when the engine starts: its parameters
/// by location, the media types its body may have, the schema of a JSON or XML body, its security alternatives and
/// the status a refusal answers with.
struct OperationRules: Sendable {
    /// `GET /api/backups`, for messages.
    var label: String
    var path: [ParameterRule]
    var query: [ParameterRule]
    var header: [ParameterRule]
    var cookie: [ParameterRule]
    /// Form fields: Swagger's `formData` parameters, or the properties of an OpenAPI form body's schema.
    var formData: [ParameterRule]
    /// The media types a body may have, in declared order; empty when the operation says nothing about bodies.
    var mediaTypes: [String]
    /// The essence (`type/subtype`, lower case) of each of ``mediaTypes``, in the same order.
    private var essences: [String]
    /// The schema of a JSON body, when the operation declares one.
    var jsonSchema: Schema?
    /// The schema of an XML body, when the operation declares one.
    var xmlSchema: Schema?
    var isBodyRequired: Bool
    /// The alternatives of schemes, any one of which authorizes the call; empty when none is needed.
    var security: [[SecurityScheme]]
    /// The operation's own 400 or 422 (the first declared), else 422.
    var failureStatus: Int

    /// The form media types, accepted wherever form fields are declared.
    static let formMediaTypes = ["application/x-www-form-urlencoded", "multipart/form-data"]

    init(_ operation: APIOperation, in contracts: ContractSet) {
        let schemas = contracts.schemas
        label = "\(operation.method) \(operation.path)"
        let rules = operation.parameters.map { ParameterRule($0, schemas: schemas) }
        path = rules.filter { $0.parameter.location == .path }
        query = rules.filter { $0.parameter.location == .query }
        header = rules.filter { $0.parameter.location == .header }
        cookie = rules.filter { $0.parameter.location == .cookie }
        let contents = operation.requestBody?.contents ?? []
        // Each content's media type is read once, for the form, JSON and XML checks below.
        let typed = contents.map { (content: $0, type: MediaType($0.mediaType)) }
        let formContent = typed.first { Self.formMediaTypes.contains($0.type.essence) }?.content
        formData = rules.filter { $0.parameter.location == .formData }
            + Self.fieldRules(of: formContent, schemas: schemas, source: operation.requestBody?.source)
        var mediaTypes = contents.map(\.mediaType)
        mediaTypes += operation.consumes.filter { !mediaTypes.contains($0) }
        if !formData.isEmpty { mediaTypes += Self.formMediaTypes.filter { !mediaTypes.contains($0) } }
        self.mediaTypes = mediaTypes
        essences = mediaTypes.map { MediaType($0).essence }
        jsonSchema = typed.first { $0.type.isJSON && $0.content.schema != nil }?.content.schema
        xmlSchema = typed.first { $0.type.isXML && $0.content.schema != nil }?.content.schema
        isBodyRequired = operation.requestBody?.required ?? false
        security = operation.security.map { requirement in
            requirement.schemeNames.compactMap { contracts.securityScheme(named: $0, for: operation) }
        }
        let refusal = operation.responses.first { $0.status == .code(400) || $0.status == .code(422) }
        failureStatus = refusal.flatMap { if case .code(let code) = $0.status { code } else { nil } } ?? 422
    }

    /// Whether a body of media type `essence` (`type/subtype`, lower case) is accepted: a declared type equal to
    /// it, or a declared range (`*/*`, `type/*`) holding it.
    func accepts(_ essence: String) -> Bool {
        let type = essence.prefix { $0 != "/" }
        return essences.contains { range in range == essence || range == "*/*" || range == type + "/*" }
    }

    /// The form fields an OpenAPI form body's object schema (its `allOf` merged) declares, as exploded form
    /// parameters, with the `allowReserved` of their `encoding`.
    private static func fieldRules(of content: MediaTypeContent?, schemas: SchemaRegistry, source: SourceReference?) -> [ParameterRule] {
        guard let content, let schema = content.schema, let source else { return [] }
        let object = schemas.flattened(schema).schema
        return object.properties.map { property in
            let parameter = Parameter(
                name: property.name, location: .formData, required: object.required.contains(property.name),
                schema: property.schema, allowsReserved: content.reservedAllowed[property.name], source: source)
            return ParameterRule(parameter, schemas: schemas)
        }
    }
}
