/// A schema with references followed and its `allOf` parts merged in, as ``SchemaRegistry/flattened(_:)`` makes it.
public struct FlattenedSchema: Sendable {
    /// The merged schema: properties and required names of every part united in declared order, the first
    /// declaration of every other keyword kept; it has no `allOf` of its own.
    public var schema: Schema
    /// The discriminators of the parts that declare one without alternatives (a base schema naming its
    /// subtypes): each names the flattened schema by its registry key.
    public var inheritedDiscriminators: [Discriminator]
}
