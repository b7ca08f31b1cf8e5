import MimicContracts

/// What the request being answered asks of a generated body (README, "Responses"): how many items its list
/// holds and which page it is, the values the list's items hold in the fields the query filters, and the fields a
/// create submits, for the entity it answers. Each applies only where the schema admits the value.
public struct GenerationRequest: Sendable {
    /// A query parameter naming a field of the listed items, and the values it asks for (several: any).
    public struct Filter: Sendable {
        /// The field's name, as the items name it.
        public var field: String
        /// The values asked for.
        public var values: [String]

        /// A filter asking `values` of `field`.
        public init(field: String, values: [String]) {
            self.field = field
            self.values = values
        }
    }

    /// The items the list (the body's array, or its envelope's) holds; nil for the usual number.
    public private(set) var itemCount: Int?
    /// The page the list is, from 1.
    public private(set) var page: Int
    /// The position in the whole list of the first item this page shows, from 0.
    public private(set) var firstItem: Int
    /// The fields every listed item holds the asked value in.
    public var filters: [Filter]
    /// The fields the answered entity holds as submitted (a create's body or query).
    public var submitted: [JSONMember]

    /// The largest page number and item count a request is taken at (a larger one counts as this).
    public static let largestNumber = 1_000_000_000

    /// A request for `itemCount` items (nil: the usual number) on page `page`, from the item at `firstItem`, each
    /// taken within 0...``largestNumber`` (the page from 1).
    public init(itemCount: Int? = nil, page: Int = 1, firstItem: Int = 0, filters: [Filter] = [], submitted: [JSONMember] = []) {
        self.itemCount = itemCount.map { min(max($0, 0), Self.largestNumber) }
        self.page = min(max(page, 1), Self.largestNumber)
        self.firstItem = min(max(firstItem, 0), Self.largestNumber)
        self.filters = filters
        self.submitted = submitted
    }

    /// Whether the request asks nothing of the body.
    var isEmpty: Bool {
        itemCount == nil && page == 1 && firstItem == 0 && filters.isEmpty && submitted.isEmpty
    }
}
