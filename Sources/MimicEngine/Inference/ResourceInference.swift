import MimicContracts
import MimicSchema

/// What a success body looks like for an operation whose contract gives neither example nor schema (all of
/// Backupify), inferred from the shape of its path and from the other operations of the contract set.
enum ResourceInference: Sendable {
    /// What identifies the item an operation reads or changes.
    enum Identity: Sendable {
        /// The value of this path parameter (`{backup_definition_id}`).
        case pathParameter(String)
        /// A fixed member of a collection (`/backups/active`), whose fields are all generated.
        case named(String)
    }

    /// An OAuth 2 token endpoint (`POST …/token`): an RFC 6749 §5.1 token response.
    case token
    /// One item: read (`GET /things/{id}`), changed (`PUT`/`PATCH`, with the submitted fields), or acted on
    /// (`POST /things/{id}/reauth`).
    case item(InferredResource, Identity)
    /// Every item of a collection (`GET /things`).
    case collection(InferredResource)
    /// A new item of a collection (`POST /things`), with the submitted fields and an id derived from them.
    case created(InferredResource)
    /// Nothing to infer (`/v1/authenticate_customer`, a `DELETE`): an empty object.
    case empty

    /// The inference for `operation`, among all the operations of its contract set, which `catalog` holds.
    ///
    /// A path ending in `{parameter}` after a literal is an item. A path ending in a literal is, in this order:
    /// a collection when items are declared below it; an action on the item before it when that item is
    /// declared (`/exports/{export_id}/reauth`); a fixed member of the collection before it when that
    /// collection has items (`/backups/active`); a collection when the literal is a plural (ends in `s`);
    /// else nothing to infer. `POST` on a collection creates; `POST …/token` is a token endpoint.
    init(for operation: APIOperation, in catalog: inout ResourceCatalog) {
        func isDeclared(_ path: ArraySlice<PathTemplate.Segment>) -> Bool { catalog.declares(PathTemplate(segments: Array(path)).shape) }
        func hasItems(_ path: ArraySlice<PathTemplate.Segment>) -> Bool { isDeclared(path + [.parameter("")]) }
        func resource(_ collection: ArraySlice<PathTemplate.Segment>) -> InferredResource { catalog.resource(collection: collection) }
        let segments = operation.path.segments[...]
        let rest = segments.dropLast()
        let isPost = operation.method == "POST"
        switch (rest.last, segments.last) {
        case _ where operation.method == "DELETE":
            self = .empty
        case (.literal?, .parameter(let parameter)?):
            self = .item(resource(rest), .pathParameter(parameter))
        case (_, .literal("token")?) where isPost:
            self = .token
        case (_, .literal?) where hasItems(segments):
            self = isPost ? .created(resource(segments)) : .collection(resource(segments))
        case (.parameter(let parameter)?, .literal?) where rest.count >= 2 && isDeclared(rest):
            self = .item(resource(rest.dropLast()), .pathParameter(parameter))
        case (.literal?, .literal(let name)?) where hasItems(rest):
            self = .item(resource(rest), .named(name))
        case (_, .literal(let name)?) where name.hasSuffix("s"):
            self = isPost ? .created(resource(segments)) : .collection(resource(segments))
        default:
            self = .empty
        }
    }

    /// The resource inferred, if any.
    var resource: InferredResource? {
        switch self {
        case .item(let resource, _), .collection(let resource), .created(let resource): resource
        case .token, .empty: nil
        }
    }
}
