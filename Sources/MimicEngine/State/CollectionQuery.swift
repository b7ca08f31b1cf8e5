import MimicContracts
import MimicSchema

/// What a collection request's query asks of the entities listed, among the parameters its operation
/// declares: a filter for each parameter named as a field of the entities (`status=active`; several values
/// of a multivalued parameter match any), and a page (`page` with `per_page`/`size`/`limit`, or `offset`
/// with `limit`). Undeclared parameters are ignored, as a real API would.
struct CollectionQuery {
    /// Field name and the values it may take.
    private var filters: [(field: String, values: [String])] = []
    private var offset = 0
    private var count: Int?

    /// The query of `decoded`, read by the query parameters `route` declares.
    init(_ decoded: DecodedRequest, operation route: CompiledOperation) {
        let declared = route.rules.query.map(\.parameter.name)
        func value(_ names: [String]) -> Int? {
            names.lazy.compactMap { name in
                declared.contains(name) ? decoded.query.values(for: name).last.flatMap { Int($0) } : nil
            }.first
        }
        for name in declared where !StatefulExchange.pagingParameters.contains(name) {
            let values = decoded.query.values(for: name).flatMap { $0.split(separator: ",").map(String.init) }
            if !values.isEmpty { filters.append((name, values)) }
        }
        count = value(["per_page", "perPage", "page_size", "pageSize", "size", "limit"]).map { max($0, 0) }
        if let offset = value(["offset"]) {
            self.offset = max(offset, 0)
        } else if let page = value(["page"]), let count {
            offset = max(page - 1, 0).multipliedReportingOverflow(by: count).partialValue
        }
    }

    /// What the query asks of a generated list (README, "Responses"): as many items as its page size, from its
    /// offset, the page that offset is in, and the filters.
    var generationRequest: GenerationRequest {
        let page = count.map { offset / max($0, 1) + 1 } ?? 1
        return GenerationRequest(itemCount: count, page: page, firstItem: offset, filters: filters.map { GenerationRequest.Filter(field: $0.field, values: $0.values) })
    }

    /// The items this query shows, in order, `entity` giving each one's entity, and how many matched before
    /// the page: those every filter matches (a filter on a field no entity holds as text, such as an object,
    /// matches all), then the page.
    func apply<Item>(to items: [Item], entity: (Item) -> JSONValue) -> (shown: [Item], matching: Int) {
        let filters = filters.filter { filter in items.contains { Self.texts(of: entity($0)[filter.field]) != nil } }
        let matching = items.filter { item in
            filters.allSatisfy { filter in
                Self.texts(of: entity(item)[filter.field])?.contains { filter.values.contains($0) } ?? false
            }
        }
        let start = min(max(offset, 0), matching.count)
        let end = count.map { min(start + min($0, matching.count), matching.count) } ?? matching.count
        return (Array(matching[start..<end]), matching.count)
    }

    /// A field's value as the texts a query compares: a scalar's, or each element's of an array of scalars; nil
    /// for an object, or no value.
    private static func texts(of value: JSONValue?) -> [String]? {
        switch value {
        case .array(let elements)?:
            let texts = elements.compactMap(\.scalarText)
            return texts.count == elements.count ? texts : nil
        case .object?, nil: return nil
        case let scalar?: return scalar.scalarText.map { [$0] }
        }
    }
}
