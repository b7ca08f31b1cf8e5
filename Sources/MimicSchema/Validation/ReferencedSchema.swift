import MimicContracts

/// A schema that `$ref`s name, held once, so that following a reference borrows it instead of copying its many
/// fields for every value checked (the elements of a large array follow their items' reference in turn).
final class ReferencedSchema: Sendable {
    let schema: Schema

    init(_ schema: Schema) {
        self.schema = schema
    }
}
