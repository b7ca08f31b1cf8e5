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

    /// Which query or form pairs belong to the parameter, worked out from its shape and style once.
    private enum Claim {
        /// Pairs called by the parameter's name.
        case name
        /// `name[key]` pairs (`deepObject`): the text before the key.
        case bracketed(prefix: String)
        /// Pairs called by a property's name (an exploded `form` object).
        case properties([String])
    }

    let parameter: Parameter
    /// The parameter's schema, flattened (references followed, `allOf` merged).
    let schema: Schema
    let shape: Shape
    private let claim: Claim

    init(_ parameter: Parameter, schemas: SchemaRegistry) {
        self.parameter = parameter
        let schema = schemas.flattened(parameter.schema).schema
        self.schema = schema
        if schema.primaryType == .array {   // `schemas.isMultivalued(parameter)`, without flattening it again
            shape = .array(items: schemas.flattened(schema.items ?? Schema()).schema)
        } else if schema.primaryType == .object {
            shape = .object(properties: schema.properties.map(\.name))
        } else {
            shape = .scalar
        }
        claim = switch (shape, parameter.style, parameter.explode) {
        case (.object, .deepObject, _): .bracketed(prefix: parameter.name + "[")
        case (.object(let properties), .form, true): .properties(properties)
        default: .name
        }
    }

    /// Whether a query or form pair called `name` belongs to this parameter.
    func claims(_ name: String) -> Bool {
        switch claim {
        case .bracketed(let prefix): name.hasPrefix(prefix) && name.hasSuffix("]")
        case .properties(let properties): properties.contains(name)
        case .name: name == parameter.name
        }
    }
}
