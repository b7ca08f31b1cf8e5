/// A schema that `$ref`s name, held once in the ``SchemaRegistry``, so that following a reference borrows it
/// instead of copying its many fields (the elements of a large array follow their items' reference in turn), and
/// so that every reader of the registry (validators, generators) shares it without building a table of its own.
public final class ReferencedSchema: Sendable {
    /// The schema the reference names.
    public let schema: Schema

    init(_ schema: Schema) {
        self.schema = schema
    }
}
