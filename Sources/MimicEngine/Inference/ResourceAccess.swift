import MimicContracts
import MimicSchema

/// How an operation reaches the entities of a resource, recognised from the REST shape of its path: a
/// collection path (`/stacks/{stack_id}/backups`, with items declared below it) or its item path
/// (`/stacks/{stack_id}/backups/{id}`, whatever the parameter is called). Stateful answers and the identity of
/// generated entities follow from it.
enum ResourceAccess: Sendable {
    /// The collection: `GET` lists it, `POST` adds to it.
    case collection(InferredResource)
    /// One item, identified by the value of path parameter `parameter`.
    case item(InferredResource, parameter: String)

    /// The access `operation` gives, among the operations `catalog` holds; nil for any other path (an action
    /// such as `/exports/{id}/reauth`, a fixed member such as `/backups/active`, a token endpoint).
    init?(for operation: APIOperation, in catalog: inout ResourceCatalog) {
        let segments = operation.path.segments[...]
        let rest = segments.dropLast()
        switch (rest.last, segments.last) {
        case (.literal?, .parameter(let parameter)?):
            self = .item(catalog.resource(collection: rest), parameter: parameter)
        case (_, .literal?) where catalog.declares(PathTemplate(segments: Array(segments) + [.parameter("")]).shape):
            self = .collection(catalog.resource(collection: segments))
        default:
            return nil
        }
    }

    /// The resource reached.
    var resource: InferredResource {
        switch self {
        case .collection(let resource), .item(let resource, _): resource
        }
    }

    /// Whether one item is reached.
    var isItem: Bool {
        if case .item = self { true } else { false }
    }
}
