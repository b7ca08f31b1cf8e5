import MimicContracts
import MimicSchema

/// One declared parameter, ready to check: its schema with references resolved, and how its value is spelt.
/// A class, so that handing a rule around on every request costs one reference count, not a copy of its schemas.
final class ParameterRule: Sendable {
    /// How a parameter's value is laid out in the request.
    enum Shape: Sendable {
        /// One value per occurrence.
        case scalar
        /// Items, split by the parameter's style; `items` is their schema, flattened.
        case array(items: Schema)
        /// Members: `name[key]=value` pairs (`deepObject`), one pair per property (exploded `form`), or
        /// `key,value,key,value` in one value; `properties` are the object's declared property names.
        case object(properties: [String])
    }

    let parameter: Parameter
    /// The parameter's schema, flattened (references followed, `allOf` merged).
    let schema: Schema
    let shape: Shape

    init(_ parameter: Parameter, schemas: SchemaRegistry) {
        self.parameter = parameter
        let schema = schemas.flattened(parameter.schema).schema
        self.schema = schema
        if schemas.isMultivalued(parameter) {
            shape = .array(items: schemas.flattened(schema.items ?? Schema()).schema)
        } else if schema.primaryType == .object {
            shape = .object(properties: schema.properties.map(\.name))
        } else {
            shape = .scalar
        }
    }

    /// Whether a query or form pair called `name` belongs to this parameter.
    func claims(_ name: String) -> Bool {
        switch (shape, parameter.style, parameter.explode) {
        case (.object, .deepObject, _): name.hasPrefix(parameter.name + "[") && name.hasSuffix("]")
        case (.object(let properties), .form, true): properties.contains(name)
        default: name == parameter.name
        }
    }
}
