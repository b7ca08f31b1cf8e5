import MimicContracts

/// A schema's types and structure in one line, for pinning inferred schemas: `any` for no type, types joined by
/// `|`, an object's properties in braces (`object{name: string}`), an array's items in brackets
/// (`array[integer]`), and ` required(…)` after an object that requires properties.
public func shape(_ schema: Schema) -> String {
    var text = schema.types.isEmpty ? "any" : schema.types.map(\.rawValue).joined(separator: "|")
    if !schema.properties.isEmpty {
        text += "{" + schema.properties.map { "\($0.name): \(shape($0.schema))" }.joined(separator: ", ") + "}"
    }
    if let items = schema.items { text += "[" + shape(items) + "]" }
    if !schema.required.isEmpty { text += " required(" + schema.required.joined(separator: ", ") + ")" }
    return text
}
