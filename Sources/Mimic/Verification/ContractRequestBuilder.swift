import Foundation
import MimicContracts
import MimicHTTPTypes
import MimicSchema

/// The requests `mimic verify` sends for an operation, built from its contract without a network: one that keeps
/// the contract (its path parameters and required parameters given values from their examples, else what the
/// data generator makes of their schemas — enums, defaults, formats; its declared body likewise, `readOnly`
/// properties left out), and with `negative`, requests breaking one rule each (a required parameter left out, a
/// value outside its enum, a value of the wrong type, in a parameter or in a JSON body).
///
/// Deterministic: the same contracts, seed and operation give the same requests.
public struct ContractRequestBuilder: Sendable {
    let contracts: ContractSet
    /// The seed the values derive from.
    public let seed: UInt64
    let generator: DataGenerator
    let schemaValidator: SchemaValidator
    /// Fields set on every request, replacing any of the same name the builder writes (`--header`).
    let headers: HTTPHeaders
    /// The credential given for the operations' security schemes (`--auth`), if any.
    let credential: String?

    /// The value a negative request gives a parameter or property that must be one of an enum.
    static let outsideEnum = "mimic-not-a-member"

    /// A builder for `contracts`'s operations, its values generated from `seed`, adding `headers` to every request
    /// and, where an operation is secured, `credential` as its first alternative of schemes expects it: an API
    /// key where the scheme puts it, `Authorization: Basic` (of `user:password`; a credential without a colon is
    /// the user name, with an empty password) or `Bearer` otherwise.
    public init(contracts: ContractSet, seed: UInt64 = DataGenerator.defaultSeed, headers: HTTPHeaders = [:], credential: String? = nil) {
        self.contracts = contracts
        self.seed = seed
        generator = DataGenerator(seed: seed, schemas: contracts.schemas)
        schemaValidator = SchemaValidator(schemas: contracts.schemas)
        self.headers = headers
        self.credential = credential
    }

    /// The request for `operation` that keeps its contract.
    public func conformingRequest(for operation: APIOperation) -> ContractRequest {
        ContractRequest(operation: operation, request: draft(for: operation).request, expectation: .conforming)
    }

    /// The requests for `operation` that break one rule each, in a fixed order: a required parameter left out, a
    /// value outside its enum, a value of the wrong type (the first parameter each applies to, required or not,
    /// among path, query, header, cookie and form parameters, in declared order), then a JSON body's required property left out and a property of the
    /// wrong type. Empty when the contract gives no such rule to break.
    public func refusedRequests(for operation: APIOperation) -> [ContractRequest] {
        let base = draft(for: operation)
        let candidates = base.parameters.indices.filter { !isSetByUser(base.parameters[$0].parameter) }
        var variants: [(rule: String, draft: RequestDraft)] = []
        if let index = candidates.first(where: { base.parameters[$0].parameter.required && base.parameters[$0].parameter.location != .path }) {
            var variant = base
            variant.parameters[index].value = nil
            variants.append(("\(Self.place(variant.parameters[index].parameter)): a required parameter left out", variant))
        }
        if let index = candidates.first(where: { contracts.schemas.valueSchema(of: base.parameters[$0].parameter).enumValues?.isEmpty == false }) {
            var variant = base
            let parameter = variant.parameters[index].parameter
            variant.parameters[index].value = replacingScalars(of: variant.parameters[index].value, with: .string(Self.outsideEnum))
            variants.append(("\(Self.place(parameter)): a value outside its enum", variant))
        }
        if let index = candidates.first(where: { Self.wrongTypeText(for: contracts.schemas.valueSchema(of: base.parameters[$0].parameter)) != nil }) {
            var variant = base
            let parameter = variant.parameters[index].parameter
            let (text, type) = Self.wrongTypeText(for: contracts.schemas.valueSchema(of: parameter))!
            variant.parameters[index].value = replacingScalars(of: variant.parameters[index].value, with: .string(text))
            variants.append(("\(Self.place(parameter)): \"\(text)\" where \(type) is declared", variant))
        }
        variants += bodyVariants(of: base, operation: operation)
        return variants.map { ContractRequest(operation: operation, request: $0.draft.request, expectation: .refusal(rule: $0.rule)) }
    }

    /// The draft of the request keeping `operation`'s contract: its path parameters and required parameters given
    /// values, its optional ones listed without.
    func draft(for operation: APIOperation) -> RequestDraft {
        let scope = GenerationScope(resource: Self.resource(of: operation), identity: "1")
        var draft = RequestDraft(method: operation.method, path: operation.path, parameters: parameterValues(of: operation, in: scope).values, body: nil, fields: [:], extraQuery: [])
        body(of: operation, into: &draft, in: scope.appending("body"))
        addCredentials(for: operation, to: &draft)
        for field in headers { draft.fields.set(field.name, field.value) }
        return draft
    }

    /// Why no request can keep `operation`'s contract: a required parameter (outside the body) whose value OpenAPI
    /// gives no way to write (an array of objects, an object needing an object member); nil when one can.
    public func untestableReason(for operation: APIOperation) -> String? {
        parameterValues(of: operation, in: GenerationScope(resource: Self.resource(of: operation), identity: "1")).unspellable
    }

    /// Every parameter of `operation` with its value, so that a negative request can give an optional one a wrong
    /// value: path parameters and required ones have one (written as ``ParameterSpelling/spellable(_:of:requiredMembers:)``
    /// allows), optional ones none; and the first reason a required value cannot be written.
    private func parameterValues(of operation: APIOperation, in scope: GenerationScope) -> (values: [(parameter: Parameter, value: JSONValue?)], unspellable: String?) {
        var unspellable: String?
        let values = operation.parameters.map { parameter -> (parameter: Parameter, value: JSONValue?) in
            guard parameter.location == .path || parameter.required else { return (parameter, nil) }
            let value = sample(of: parameter, in: scope.appending(parameter.location.rawValue).appending(parameter.name))
            guard parameter.location != .formData else { return (parameter, value) }
            do throws(ParameterSpelling.Unspellable) {
                let required = contracts.schemas.flattened(parameter.schema).schema.required
                return (parameter, try ParameterSpelling.spellable(value, of: parameter, requiredMembers: required))
            } catch {
                unspellable = unspellable ?? error.reason
                return (parameter, value)
            }
        }
        return (values, unspellable)
    }

    /// A value for `parameter`: its first example that keeps its schema, else one generated from its schema.
    private func sample(of parameter: Parameter, in scope: GenerationScope) -> JSONValue {
        for example in parameter.examples {
            if case .json(let value) = example.value, schemaValidator.violations(of: value, against: parameter.schema).isEmpty { return value }
        }
        let value = generator.value(for: parameter.schema, in: scope)
        // An empty text is refused where `allowEmptyValue` is not set; a generated one is never the point.
        if case .string("") = value { return .string("x") }
        return value
    }

    /// The declared body of `operation` (or its Swagger form parameters) written into `draft`: the first JSON
    /// content with a schema or an example, else a form, else the first content's example or a sample text.
    private func body(of operation: APIOperation, into draft: inout RequestDraft, in scope: GenerationScope) {
        let formFields = operation.parameters.filter { $0.location == .formData }
        let contents = operation.requestBody?.contents ?? []
        if let json = contents.first(where: { MediaType($0.mediaType).isJSON && ($0.schema != nil || !$0.examples.isEmpty) }) {
            draft.body = .json(jsonBody(of: json, in: scope), mediaType: json.mediaType.contains("*") ? "application/json" : json.mediaType)
            return
        }
        if let form = contents.first(where: { MediaType($0.mediaType).isURLEncodedForm || MediaType($0.mediaType).isMultipartForm }) {
            let object = form.schema.map { contracts.schemas.flattened($0).schema } ?? Schema()
            for property in object.properties where object.required.contains(property.name) {
                let parameter = Parameter(name: property.name, location: .formData, required: true, schema: property.schema, source: operation.requestBody!.source)
                draft.parameters.append((parameter, sample(of: parameter, in: scope.appending(property.name))))
            }
            draft.body = .form(multipart: MediaType(form.mediaType).isMultipartForm)
            return
        }
        if !formFields.isEmpty {
            let multipart = formFields.contains { $0.schema.format == "binary" } || operation.consumes.allSatisfy { MediaType($0).isMultipartForm } && !operation.consumes.isEmpty
            draft.body = .form(multipart: multipart)
            return
        }
        guard let first = contents.first else { return }
        let mediaType = first.mediaType.contains("*") ? "application/octet-stream" : first.mediaType
        switch first.examples.first?.value {
        case .text(let text): draft.body = .raw(Array(text.utf8), mediaType: mediaType)
        case .json(let value): draft.body = .raw(Array(ParameterSpelling.text(value).utf8), mediaType: mediaType)
        case nil: draft.body = .raw(Array("sample".utf8), mediaType: mediaType)
        }
    }

    /// A JSON body for `content`: its first example that keeps the schema as a request, else one generated from
    /// the schema with the `readOnly` properties a request must not send left out, and the optional properties
    /// that still break it (``withoutFaultyOptionalProperties(_:of:)``).
    private func jsonBody(of content: MediaTypeContent, in scope: GenerationScope) -> JSONValue {
        guard let schema = content.schema else {
            if case .json(let value) = content.examples.first?.value { return value }
            return .object([])
        }
        for example in content.examples {
            if case .json(let value) = example.value, schemaValidator.violations(of: value, against: schema).isEmpty { return value }
        }
        var value = generator.value(for: schema, in: scope)
        for _ in 0..<4 {
            let readOnly = schemaValidator.violations(of: value, against: schema).filter { $0.code == .readOnly }
            guard !readOnly.isEmpty else { break }
            for violation in readOnly.reversed() { value = value.removing(at: JSONPointer.tokens(of: violation.pointer)) }
        }
        return withoutFaultyOptionalProperties(value, of: schema)
    }

    /// `value` with the optional top-level properties that still break `schema` left out: a generated value keeps
    /// every keyword but one, that a `oneOf` match a single alternative, which a contract can make impossible (two
    /// open alternatives without a discriminator both match whatever either is given), and an optional property
    /// may be sent without.
    private func withoutFaultyOptionalProperties(_ value: JSONValue, of schema: Schema) -> JSONValue {
        guard case .object(let members) = value else { return value }
        let required = contracts.schemas.flattened(schema).schema.required
        let faulty = Set(schemaValidator.violations(of: value, against: schema).compactMap { JSONPointer.tokens(of: $0.pointer).first })
        return .object(members.filter { !faulty.contains($0.key) || required.contains($0.key) })
    }

    /// `credential` set where the operation's first alternative of security schemes expects it.
    private func addCredentials(for operation: APIOperation, to draft: inout RequestDraft) {
        guard let credential, let requirement = operation.security.first else { return }
        for scheme in requirement.schemeNames.compactMap({ contracts.securityScheme(named: $0, for: operation) }) {
            switch scheme.kind {
            case .apiKey(let name, .query): draft.extraQuery.append(ParameterSpelling.percentEncoded(name) + "=" + ParameterSpelling.percentEncoded(credential))
            case .apiKey(let name, .cookie): draft.fields.add("Cookie", name + "=" + credential)
            case .apiKey(let name, _): draft.fields.set(name, credential)
            case .http(let kind) where kind == "basic":
                // A credential without a colon is a user name with an empty password, as API keys are sent (Stripe).
                let pair = credential.contains(":") ? credential : credential + ":"
                draft.fields.set("Authorization", "Basic " + Data(pair.utf8).base64EncodedString())
            case .http, .oauth2: draft.fields.set("Authorization", "Bearer " + credential)
            }
        }
    }

    /// The negative requests about a JSON object body: its first required property left out, and its first
    /// property of a checkable type given a value of another.
    private func bodyVariants(of base: RequestDraft, operation: APIOperation) -> [(rule: String, draft: RequestDraft)] {
        guard case .json(.object(let members), let mediaType) = base.body,
              let schema = operation.requestBody?.contents.first(where: { $0.mediaType == mediaType })?.schema else { return [] }
        let object = contracts.schemas.flattened(schema).schema
        var variants: [(rule: String, draft: RequestDraft)] = []
        if let required = object.required.first(where: { name in members.contains { $0.key == name } }) {
            var variant = base
            variant.body = .json(.object(members.filter { $0.key != required }), mediaType: mediaType)
            variants.append(("body /\(required): a required property left out", variant))
        }
        for property in object.properties where members.contains(where: { $0.key == property.name }) {
            guard let (text, type) = Self.wrongTypeText(for: contracts.schemas.resolve(property.schema)) else { continue }
            var variant = base
            variant.body = .json(.object(members.map { $0.key == property.name ? JSONMember($0.key, .string(text)) : $0 }), mediaType: mediaType)
            variants.append(("body /\(property.name): \"\(text)\" where \(type) is declared", variant))
            break
        }
        return variants
    }

    /// `value` with its scalars (each item of an array) replaced by `replacement`.
    private func replacingScalars(of value: JSONValue?, with replacement: JSONValue) -> JSONValue {
        if case .array(let items) = value { return .array(items.isEmpty ? [replacement] : items.map { _ in replacement }) }
        return replacement
    }

    /// Whether `--header` sets the field `parameter` would give, so that changing it would change nothing.
    private func isSetByUser(_ parameter: Parameter) -> Bool {
        parameter.location == .header && headers.contains(parameter.name)
    }

    /// Text of another type for a value of `schema`'s type, and the type's name; nil for a string (any text is one).
    static func wrongTypeText(for schema: Schema) -> (text: String, type: String)? {
        switch schema.primaryType {
        case .integer: ("not-a-number", "an integer")
        case .number: ("not-a-number", "a number")
        case .boolean: ("not-a-boolean", "a boolean")
        default: nil
        }
    }

    /// `query status`, `path id`: where a parameter is, for a rule's description.
    static func place(_ parameter: Parameter) -> String {
        "\(parameter.location.rawValue) \(parameter.name)"
    }

    /// The resource of `operation`'s generation scopes: its path's literal segments.
    static func resource(of operation: APIOperation) -> String {
        "/" + operation.path.segments.compactMap { if case .literal(let text) = $0 { text } else { nil } }.joined(separator: "/")
    }
}
