/// A JSON Schema as a contract declares it for a parameter, a body or a response, in one shape for
/// Swagger 2.0 (draft 4), OpenAPI 3.0 and OpenAPI 3.1 (2020-12 subset).
///
/// A `$ref` stays a reference (``reference``) to an entry of ``ContractSet/schemas``, so recursive
/// schemas need no cycles in memory.
public struct Schema: Sendable {
    /// The key of the referenced schema in the contract set's registry (`file#/pointer`), when this is a `$ref`.
    public var reference: String?
    /// The allowed JSON types; empty means any type.
    public var types: [SchemaType] = []
    public var format: String?
    public var enumValues: [JSONValue]?
    public var constValue: JSONValue?
    public var defaultValue: JSONValue?
    public var examples: [JSONValue] = []
    public var title: String?
    public var description: String?

    public var minimum: NumericBound?
    public var maximum: NumericBound?
    public var multipleOf: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?

    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems = false
    /// How many elements must match ``contains`` at least (2019-09 `minContains`; 1 when absent, 0 lets none).
    public var minContains: Int?
    /// How many elements may match ``contains`` at most (2019-09 `maxContains`).
    public var maxContains: Int?
    /// The schemas of the first elements, by position (draft 4's array-form `items`, 2020-12's `prefixItems`).
    public var tupleItems: [Schema] = []
    /// What the schema says about elements past ``tupleItems`` (draft 4's `additionalItems`, 2020-12's
    /// `items` beside `prefixItems`); without tuple items, ``items`` applies to every element instead.
    public var additionalItems: AdditionalProperties = .allowed

    public var properties: [SchemaProperty] = []
    public var required: [String] = []
    public var additionalProperties: AdditionalProperties = .allowed
    public var minProperties: Int?
    public var maxProperties: Int?
    /// Schemas for the properties whose names match a regular expression (``SchemaProperty/name`` holds it).
    public var patternProperties: [SchemaProperty] = []
    /// What the presence of a property demands of the object (draft 4's `dependencies`, 2020-12's
    /// `dependentRequired` and `dependentSchemas`), in declared order.
    public var dependencies: [SchemaDependency] = []

    public var allOf: [Schema] = []
    public var anyOf: [Schema] = []
    public var oneOf: [Schema] = []
    public var discriminator: Discriminator?
    /// OpenAPI 3.0's `nullable` (3.1 and Swagger express it as the `null` type instead).
    public var nullable = false
    public var readOnly = false
    public var writeOnly = false
    public var deprecated = false
    /// The Faker method the schema's `x-faker` extension names (`internet.email`), for the generator to follow.
    public var faker: String?
    /// How the value is written as XML (the `xml` object), when the schema says.
    public var xml: XMLAnnotation?

    /// Storage for ``items``, ``not``, ``propertyNames`` and ``contains``: a struct cannot hold itself but can
    /// hold an array of itself.
    private var itemsStorage: [Schema] = []
    private var notStorage: [Schema] = []
    private var propertyNamesStorage: [Schema] = []
    private var containsStorage: [Schema] = []

    public init(types: [SchemaType] = [], format: String? = nil) {
        self.types = types
        self.format = format
    }

    /// A schema that only points at a registry entry.
    public static func reference(_ key: String) -> Schema {
        var schema = Schema()
        schema.reference = key
        return schema
    }

    /// The schema every element of an array must match (when there are no ``tupleItems``).
    public var items: Schema? {
        get { itemsStorage.first }
        set { itemsStorage = newValue.map { [$0] } ?? [] }
    }

    /// The schema a value must not match.
    public var not: Schema? {
        get { notStorage.first }
        set { notStorage = newValue.map { [$0] } ?? [] }
    }

    /// The schema every property name of an object must match (2020-12 `propertyNames`).
    public var propertyNames: Schema? {
        get { propertyNamesStorage.first }
        set { propertyNamesStorage = newValue.map { [$0] } ?? [] }
    }

    /// The schema at least one element of an array must match (2020-12 `contains`).
    public var contains: Schema? {
        get { containsStorage.first }
        set { containsStorage = newValue.map { [$0] } ?? [] }
    }

    /// The single declared type, when exactly one is declared (besides `null`).
    public var primaryType: SchemaType? {
        let declared = types.filter { $0 != .null }
        return declared.count == 1 ? declared[0] : nil
    }
}

/// The JSON Schema instance types.
public enum SchemaType: String, Sendable, Hashable, CaseIterable {
    case string, integer, number, boolean, array, object, null
}

/// A lower or upper limit on a number, inclusive unless `exclusive`.
public struct NumericBound: Sendable, Hashable {
    public var value: Double
    public var exclusive: Bool

    public init(_ value: Double, exclusive: Bool = false) {
        self.value = value
        self.exclusive = exclusive
    }
}

/// A named property of an object schema.
public struct SchemaProperty: Sendable {
    public var name: String
    public var schema: Schema

    public init(name: String, schema: Schema) {
        self.name = name
        self.schema = schema
    }
}

/// What a schema says about the members it does not describe: an object's properties it does not name, or an
/// array's elements past its tuple items.
public indirect enum AdditionalProperties: Sendable {
    case allowed
    case forbidden
    case schema(Schema)
}

/// What the presence of one property demands of the object that has it.
public struct SchemaDependency: Sendable {
    /// Either other properties that must be present too, or a schema the whole object must match.
    public indirect enum Requirement: Sendable {
        case properties([String])
        case schema(Schema)
    }

    /// The property whose presence triggers the requirement.
    public var property: String
    public var requirement: Requirement

    public init(property: String, requirement: Requirement) {
        self.property = property
        self.requirement = requirement
    }
}

/// OpenAPI's hint for telling `oneOf`/`anyOf` alternatives apart by one property.
public struct Discriminator: Sendable, Hashable {
    public var propertyName: String
    /// Property value → schema registry key, in declared order.
    public var mapping: [DiscriminatorMapping]

    public init(propertyName: String, mapping: [DiscriminatorMapping] = []) {
        self.propertyName = propertyName
        self.mapping = mapping
    }
}

/// One `discriminator.mapping` entry.
public struct DiscriminatorMapping: Sendable, Hashable {
    public var value: String
    public var reference: String

    public init(value: String, reference: String) {
        self.value = value
        self.reference = reference
    }
}
