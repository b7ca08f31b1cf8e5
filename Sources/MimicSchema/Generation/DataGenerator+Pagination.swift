import MimicContracts

extension DataGenerator {
    /// The counts a page of a list carries.
    private enum PageCount {
        /// `count` beside the list: the items of this page.
        case listed
        /// `total`, `total_count`, `totalItems`, and `count` in a pagination object: the items of every page.
        case total
        /// `page`, `current_page`, `current`.
        case page
        /// `page_size`, `per_page`, `limit`.
        case pageSize
        /// `total_pages`, `page_count`, `pages`.
        case totalPages
        /// `previous`, `prev`, `previous_page`.
        case previous
        /// `next`, `next_page`.
        case next

        /// Names of objects that carry the counts of the list beside them (`{"items": […], "pagination": {…}}`).
        static let holders: Set<String> = ["pagination", "paging", "page info", "meta", "page"]

        /// The count a member named `name` carries, if any; in a pagination object, `count` is the total.
        init?(name: String, inHolder: Bool) {
            let words = FieldKind.words(of: name)
            switch (FieldKind(fieldName: name), words) {
            case (_, ["previous"]), (_, ["prev"]), (_, ["previous", "page"]), (_, ["prev", "page"]): self = .previous
            case (_, ["next"]), (_, ["next", "page"]): self = .next
            case (_, ["current"]): self = .page
            case (.count?, ["count"]): self = inHolder ? .total : .listed
            case (.count?, _) where words.first == "total": self = .total
            case (.page?, _): self = .page
            case (.pageSize?, _): self = .pageSize
            case (.totalPages?, _): self = .totalPages
            default: return nil
            }
        }
    }

    /// Makes the counts of a page agree with the list it holds (its first array member), both beside the list and in
    /// an object that carries them (`pagination`, `paging`, `meta`): this is the page the request asks (else page
    /// 1), `count` the number of items, `page_size`/`limit` the size the request asks, at least that, `total` and
    /// `total_pages` those of pages that are full but for the last (this one, when it is not full), a `previous`
    /// page only after the first and a `next` one only when there are more. A count is changed only where it was
    /// generated as an integer and its schema admits the agreeing value.
    func reconcilePagination(_ members: inout [JSONMember], of schema: Schema, request: GenerationRequest?) {
        guard let listed = members.lazy.compactMap({ if case .array(let items) = $0.value { items.count } else { nil } }).first else { return }
        reconcile(&members, of: schema, listing: listed, request: request, inHolder: false)
        for index in members.indices where PageCount.holders.contains(FieldKind.words(of: members[index].key).joined(separator: " ")) {
            guard case .object(var counts) = members[index].value, let holder = propertySchema(members[index].key, of: schema) else { continue }
            reconcile(&counts, of: holder, listing: listed, request: request, inHolder: true)
            members[index].value = .object(counts)
        }
    }

    /// Sets the counts among `members` (of an object of `schema`) to agree with a list of `listed` items, the
    /// page `request` asks.
    private func reconcile(_ members: inout [JSONMember], of schema: Schema, listing listed: Int, request: GenerationRequest?, inHolder: Bool) {
        let counts = members.map { member -> PageCount? in
            guard case .integer = member.value else { return nil }
            return PageCount(name: member.key, inHolder: inHolder)
        }
        guard counts.contains(where: { $0 != nil }) else { return }
        let values = members.map(\.value)
        let generated = { (count: PageCount) -> Int? in
            counts.firstIndex(of: count).flatMap { if case .integer(let number) = values[$0] { number } else { nil } }
        }
        let page = request?.page ?? 1
        let pageSize = max(request?.itemCount ?? generated(.pageSize) ?? listed, listed, 1)
        let totalPages = listed == 0 ? 0 : listed < pageSize ? page : max(generated(.totalPages) ?? 1, page)
        let (before, overflow) = (max(totalPages, 1) - 1).multipliedReportingOverflow(by: pageSize)
        let (all, beyond) = before.addingReportingOverflow(totalPages == page ? listed : pageSize)
        let total = listed == 0 ? 0 : overflow || beyond ? Int.max : all
        for index in members.indices {
            guard let count = counts[index] else { continue }
            let agreeing: JSONValue = switch count {
            case .listed: .integer(listed)
            case .total: .integer(total)
            case .page: .integer(page)
            case .pageSize: .integer(pageSize)
            case .totalPages: .integer(totalPages)
            case .previous: page > 1 ? .integer(page - 1) : .null
            case .next: totalPages > page ? .integer(page + 1) : .null
            }
            guard let property = propertySchema(members[index].key, of: schema), keeps(agreeing, property) else { continue }
            members[index].value = agreeing
        }
    }

    /// The schema of property `name` of `schema`, its reference resolved.
    func propertySchema(_ name: String, of schema: Schema) -> Schema? {
        schema.properties.first { $0.name == name }.map { schemas.resolve($0.schema) }
    }
}
