import MimicContracts
import MimicSchema

/// What coverage counts of one operation, worked out once when the engine starts: its declared statuses, its
/// parameters, and every enumerated value a request may give it (``EnumTarget``), laid out in slots so that
/// recording a request adds arrays of counts.
struct CoveragePlan: Sendable {
    /// The most enumerated values of a body an operation counts (fields nested at most ``maximumDepth`` deep).
    static let maximumBodyTargets = 100
    /// How deep into a JSON body's schema enumerated fields are looked for.
    static let maximumDepth = 8

    /// The declared response statuses, in declared order.
    let statuses: [ResponseStatus]
    /// The parameters, by location (path, query, header, cookie, form fields), each in declared order.
    let parameters: [ParameterRule]
    /// The enumerated values: of parameters first (in ``parameters`` order), then of body fields.
    let enums: [EnumTarget]
    /// How many slots the enums' counts take: one per member, then one for values that are not members.
    let enumSlots: Int

    init(_ operation: APIOperation, rules: OperationRules, schemas: SchemaRegistry) {
        statuses = operation.responses.map(\.status)
        let parameters = rules.path + rules.query + rules.header + rules.cookie + rules.formData
        self.parameters = parameters
        var enums: [EnumTarget] = []
        var slot = 0
        func add(_ location: Violation.Location, _ name: String, _ values: [JSONValue], _ schema: Schema, _ source: EnumTarget.Source) {
            enums.append(EnumTarget(location: location, name: name, values: values, schema: schema, source: source, firstSlot: slot))
            slot += values.count + 1
        }
        for (index, rule) in parameters.enumerated() {
            let location = Violation.Location(rule.parameter.location)
            switch rule.shape {
            case .scalar: if let values = rule.schema.enumValues { add(location, rule.parameter.name, values, rule.schema, .parameter(index)) }
            case .array(let items): if let values = items.enumValues { add(location, rule.parameter.name, values, items, .parameter(index)) }
            case .object: break
            }
        }
        var fields: [(pointer: String, steps: [EnumTarget.Step], schema: Schema)] = []
        if let body = rules.jsonSchema { Self.collect(body, pointer: "", steps: [], depth: 0, schemas: schemas, into: &fields) }
        for field in fields {
            add(.body, field.pointer, field.schema.enumValues ?? [], field.schema, .body(field.steps))
        }
        self.enums = enums
        enumSlots = slot
    }

    /// The enumerated fields of `schema` and below (properties and array items), depth first, within the limits.
    private static func collect(
        _ schema: Schema, pointer: String, steps: [EnumTarget.Step], depth: Int, schemas: SchemaRegistry,
        into fields: inout [(pointer: String, steps: [EnumTarget.Step], schema: Schema)]
    ) {
        guard fields.count < maximumBodyTargets else { return }
        let flat = schemas.flattened(schema).schema
        if flat.enumValues != nil { fields.append((pointer, steps, flat)) }
        guard depth < maximumDepth else { return }
        for property in flat.properties {
            collect(property.schema, pointer: pointer + "/" + JSONPointer.escaped(property.name), steps: steps + [.member(property.name)],
                    depth: depth + 1, schemas: schemas, into: &fields)
        }
        if let items = flat.items {
            collect(items, pointer: pointer + "/*", steps: steps + [.items], depth: depth + 1, schemas: schemas, into: &fields)
        }
    }
}

extension Violation.Location {
    /// Where a parameter declared in `location` is read.
    init(_ location: ParameterLocation) {
        switch location {
        case .path: self = .path
        case .query: self = .query
        case .header: self = .header
        case .cookie: self = .cookie
        case .formData: self = .formData
        }
    }
}
