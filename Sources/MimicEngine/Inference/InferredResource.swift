import MimicContracts
import MimicSchema

/// A resource as a contract without schemas reveals it: its name in the path, the fields its create and
/// update operations take, how its items are identified and which resource it belongs to.
///
/// For `/v1/backup_definitions`, the resource is `backup_definitions`, its entity `backup_definition`, and its
/// fields `id` followed by the names inside the `backup_definition[…]` form fields of `POST /v1/backup_definitions`
/// and `PUT`/`PATCH /v1/backup_definitions/{…}`, in first-declared order.
struct InferredResource: Sendable {
    /// The field that names the parent resource, and the path parameter that gives its value.
    struct ParentReference: Sendable {
        var field: String
        var parameter: String
    }

    /// The resource's name, the last literal of its collection path (`backup_definitions`): the generation scope's resource.
    var name: String
    /// The singular of the resource's name (`backup_definition`).
    var entity: String
    /// The prefix of the form fields that carry the entity's fields (`backup_definition` in
    /// `backup_definition[name]`), when its create or update operations declare such fields.
    var formPrefix: String?
    /// The field an item's path parameter gives: `id` for `{backup_id}`, `name` for `{endpoint_name}` of
    /// `endpoints`, `key` for `{key}`.
    var identifierField: String
    /// The enclosing resource, for a nested one such as `/v1/backup_instances/{backup_instance_id}/backups`.
    var parent: ParentReference?
    /// Every field of an item, in order: `id`, the parent's field, then those of the form fields.
    var fields: [String]

    /// The resource whose collection path is `collection` (ending in a literal segment), described by the
    /// operations of `catalog`.
    init(collection: ArraySlice<PathTemplate.Segment>, catalog: ResourceCatalog) {
        let collectionShape = PathTemplate(segments: Array(collection)).shape
        let itemShape = PathTemplate(segments: Array(collection) + [.parameter("")]).shape
        let items = catalog.operations(at: itemShape)
        let literals = collection.compactMap { if case .literal(let text) = $0 { text } else { nil } }
        name = literals.last ?? ""
        let entity = EnglishNoun.singular(name)
        self.entity = entity
        let itemParameter = items.first?.path.parameterNames.last
        let identifierField = itemParameter.map { Self.field(naming: $0, of: entity) } ?? "id"
        self.identifierField = identifierField
        let parent = Self.parent(of: collection)
        self.parent = parent
        let writes = catalog.operations(at: collectionShape).filter { $0.method == "POST" }
            + items.filter { $0.method == "PUT" || $0.method == "PATCH" }
        let formFields = writes.flatMap { $0.parameters.filter { $0.location == .formData }.map(\.name) }
        let bracketed = formFields.compactMap(Self.bracketed)
        let formPrefix = bracketed.first { $0.prefix == entity }?.prefix ?? bracketed.first?.prefix
        self.formPrefix = formPrefix
        let declared = formPrefix.map { prefix in bracketed.filter { $0.prefix == prefix }.map(\.field) } ?? formFields
        var fields: [String] = []
        for field in ["id", identifierField] + (parent.map { [$0.field] } ?? []) + declared where !fields.contains(field) {
            fields.append(field)
        }
        self.fields = fields
    }

    /// `prefix[field]` split in two; nil for a name without brackets.
    static func bracketed(_ name: String) -> (prefix: String, field: String)? {
        guard let open = name.firstIndex(of: "["), let close = name[open...].firstIndex(of: "]"),
              open > name.startIndex, name.index(after: open) < close else { return nil }
        return (String(name[..<open]), String(name[name.index(after: open)..<close]))
    }

    /// The field a path parameter names: `id` for `id` and `…_id`, the rest after the entity for
    /// `<entity>_name`, else the parameter's own name.
    private static func field(naming parameter: String, of entity: String) -> String {
        if parameter == "id" || parameter.hasSuffix("_id") { return "id" }
        if parameter.hasPrefix(entity + "_"), parameter.count > entity.count + 1 { return String(parameter.dropFirst(entity.count + 1)) }
        return parameter
    }

    /// The parent of a nested collection (`…/backup_instances/{backup_instance_id}/backups`): the field is the
    /// parameter's name when it starts with the parent's entity (`backup_instance_id`, `endpoint_name`),
    /// else `<entity>_id`.
    private static func parent(of collection: ArraySlice<PathTemplate.Segment>) -> ParentReference? {
        let enclosing = collection.dropLast().suffix(2)
        guard enclosing.count == 2, case .literal(let name) = enclosing.first!, case .parameter(let parameter) = enclosing.last! else { return nil }
        let entity = EnglishNoun.singular(name)
        return ParentReference(field: parameter.hasPrefix(entity + "_") ? parameter : entity + "_id", parameter: parameter)
    }
}
