import MimicContracts

/// How much of one operation the requests so far exercised (see ``Coverage``).
public struct OperationCoverage: Sendable, Hashable {
    /// How many times a declared status was answered.
    public struct StatusCount: Sendable, Hashable {
        public var status: ResponseStatus
        public var count: Int
    }

    /// How many times a status the operation does not declare was answered (a refusal's 422, a 401).
    public struct UndeclaredStatusCount: Sendable, Hashable {
        public var status: Int
        public var count: Int
    }

    /// How many requests sent a declared parameter.
    public struct ParameterCount: Sendable, Hashable {
        /// `path`, `query`, `header`, `cookie` or `formData`.
        public var location: String
        public var name: String
        public var count: Int
    }

    /// How many times each member of an enumeration was given.
    public struct EnumCount: Sendable, Hashable {
        /// `path`, `query`, `header`, `cookie`, `formData`, or `body` for a field of a JSON body.
        public var location: String
        /// The parameter's name, or the body field's JSON pointer (`/settings/mode`; `*` for every item of an array).
        public var name: String
        /// Every member, in declared order, with how many times it was given.
        public var values: [ValueCount]
        /// How many values given were not members (counted, not kept).
        public var otherValues: Int
    }

    /// How many times one enumeration member was given.
    public struct ValueCount: Sendable, Hashable {
        public var value: JSONValue
        public var count: Int
    }

    public var method: String
    /// The path as the route table spells it (`/api/backups/{guid}`).
    public var path: String
    public var operationId: String?
    /// Every request the operation answered, valid or not.
    public var requests: Int
    public var validRequests: Int
    /// Every declared status, in declared order.
    public var statuses: [StatusCount]
    /// Statuses answered that the operation does not declare, by code.
    public var undeclaredStatuses: [UndeclaredStatusCount]
    /// Every declared parameter: path, query, header, cookie, then form fields, each in declared order.
    public var parameters: [ParameterCount]
    /// Every enumerated parameter (an array parameter's items), then every enumerated field of a JSON body.
    public var enums: [EnumCount]

    public init(
        method: String, path: String, operationId: String?, requests: Int, validRequests: Int, statuses: [StatusCount],
        undeclaredStatuses: [UndeclaredStatusCount], parameters: [ParameterCount], enums: [EnumCount]
    ) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.requests = requests
        self.validRequests = validRequests
        self.statuses = statuses
        self.undeclaredStatuses = undeclaredStatuses
        self.parameters = parameters
        self.enums = enums
    }

    /// Declared statuses answered at least once.
    public var statusTally: Coverage.Tally {
        Coverage.Tally(total: statuses.count, covered: statuses.count { $0.count > 0 })
    }

    /// Declared parameters sent at least once.
    public var parameterTally: Coverage.Tally {
        Coverage.Tally(total: parameters.count, covered: parameters.count { $0.count > 0 })
    }

    /// Enumeration members given at least once.
    public var enumValueTally: Coverage.Tally {
        let values = enums.flatMap(\.values)
        return Coverage.Tally(total: values.count, covered: values.count { $0.count > 0 })
    }
}
