extension Schema {
    /// The one type a value for this schema is made as: the first non-null declared type, else what the schema's
    /// keywords imply (`null` when only null is declared, an object for properties, an array for items, a
    /// number for a numeric format), else string.
    public var effectiveType: SchemaType {
        if let declared = types.first(where: { $0 != .null }) { return declared }
        if types.contains(.null) { return .null }
        if case .schema = additionalProperties { return .object }
        if !properties.isEmpty || !required.isEmpty { return .object }
        if items != nil { return .array }
        switch format {
        case "int32", "int64": return .integer
        case "float", "double": return .number
        default: return .string
        }
    }
}
