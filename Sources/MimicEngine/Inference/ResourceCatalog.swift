import MimicContracts
import MimicSchema

/// The operations of a contract set by the shape of their paths (`/v1/things/{}`), and the resources inferred
/// from them so far: built once for the whole set, so that inferring each operation's resource looks up the few
/// operations it depends on instead of scanning all of them, and each resource is inferred once.
struct ResourceCatalog {
    private let operations: [APIOperation]
    /// The indices in ``operations`` of those at each path shape, in declared order.
    private let indicesByShape: [String: [Int]]
    /// The resources inferred so far, by their collection paths' segments.
    private var resources: [[PathTemplate.Segment]: InferredResource] = [:]

    init(_ operations: [APIOperation]) {
        self.operations = operations
        indicesByShape = Dictionary(grouping: operations.indices) { operations[$0].path.shape }
    }

    /// Whether some operation is declared at a path of `shape`.
    func declares(_ shape: String) -> Bool {
        indicesByShape[shape] != nil
    }

    /// The operations declared at paths of `shape`, in declared order.
    func operations(at shape: String) -> [APIOperation] {
        (indicesByShape[shape] ?? []).map { operations[$0] }
    }

    /// The resource whose collection path is `collection` (ending in a literal segment).
    mutating func resource(collection: ArraySlice<PathTemplate.Segment>) -> InferredResource {
        let key = Array(collection)
        if let known = resources[key] { return known }
        let resource = InferredResource(collection: collection, catalog: self)
        resources[key] = resource
        return resource
    }
}
