import MimicContracts

extension DataGenerator {
    /// The counts a page of a list carries.
    private enum PageCount {
        /// `count`: the items of this page.
        case listed
        /// `total`, `total_count`, `totalItems`: the items of every page.
        case total
        /// `page`, `current_page`.
        case page
        /// `page_size`, `per_page`, `limit`.
        case pageSize
        /// `total_pages`, `page_count`.
        case totalPages

        /// The count a member named `name` carries, if any.
        init?(name: String) {
            let words = FieldKind.words(of: name)
            switch FieldKind(fieldName: name) {
            case .count? where words.first == "total": self = .total
            case .count? where words == ["count"]: self = .listed
            case .page?: self = .page
            case .pageSize?: self = .pageSize
            case .totalPages?: self = .totalPages
            default: return nil
            }
        }
    }

    /// Makes the counts of a page agree with the list it holds (its first array member): `count` is the number of
    /// its items, `page_size`/`limit` at least that, and `total` and `total_pages` those of pages that are full
    /// but for the last (this one, when it is not full). A count is changed only where it was generated as an
    /// integer and its schema admits the agreeing one.
    func reconcilePagination(_ members: inout [JSONMember], of schema: Schema) {
        guard let listed = members.lazy.compactMap({ if case .array(let items) = $0.value { items.count } else { nil } }).first else { return }
        let counts = members.map { member -> PageCount? in
            guard case .integer = member.value else { return nil }
            return PageCount(name: member.key)
        }
        guard counts.contains(where: { $0 != nil }) else { return }
        let values = members.map { member in if case .integer(let number) = member.value { number } else { 0 } }
        func generated(_ count: PageCount) -> Int? {
            counts.firstIndex(of: count).map { values[$0] }
        }
        let page = max(generated(.page) ?? 1, 1)
        let pageSize = max(generated(.pageSize) ?? listed, listed, 1)
        let totalPages = listed == 0 ? 0 : listed < pageSize ? page : max(generated(.totalPages) ?? page, page)
        let total = listed == 0 ? 0 : (totalPages - 1) * pageSize + (totalPages == page ? listed : pageSize)
        for index in members.indices {
            guard let count = counts[index] else { continue }
            let agreeing = switch count {
            case .listed: listed
            case .total: total
            case .page: page
            case .pageSize: pageSize
            case .totalPages: totalPages
            }
            let property = schema.properties.first { $0.name == members[index].key }.map { schemas.resolve($0.schema) }
            guard let property, IntegerBounds(property).admits(agreeing) else { continue }
            members[index].value = .integer(agreeing)
        }
    }
}
