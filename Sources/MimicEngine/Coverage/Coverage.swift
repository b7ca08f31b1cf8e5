import MimicContracts

/// How much of the contracts the requests so far exercised: for every operation in route-table order, the
/// requests it got, the declared statuses it answered, the parameters sent and the enumerated values given;
/// and totals. Counted since the server started (clearing the journal does not reset it).
public struct Coverage: Sendable, Hashable {
    /// How many of some things were covered.
    public struct Tally: Sendable, Hashable {
        public var total: Int
        public var covered: Int

        public init(total: Int, covered: Int) {
            self.total = total
            self.covered = covered
        }

        /// `covered` in percent of `total`, to one decimal; 100 when there is nothing to cover.
        public var percent: Double {
            total == 0 ? 100 : (Double(covered) * 1000 / Double(total)).rounded() / 10
        }

        /// Adds `other` to this tally.
        static func + (left: Tally, right: Tally) -> Tally {
            Tally(total: left.total + right.total, covered: left.covered + right.covered)
        }
    }

    /// Every operation of the route table, in its order.
    public var operations: [OperationCoverage]
    /// Requests no operation answered: an undeclared route or method, or one the HTTP layer refused.
    public var unmatchedRequests: Int

    public init(operations: [OperationCoverage], unmatchedRequests: Int) {
        self.operations = operations
        self.unmatchedRequests = unmatchedRequests
    }

    /// Every request counted, unmatched ones included.
    public var requests: Int {
        operations.reduce(unmatchedRequests) { $0 + $1.requests }
    }

    /// The requests an operation answered that kept its contract.
    public var validRequests: Int {
        operations.reduce(0) { $0 + $1.validRequests }
    }

    /// Operations that got at least one request.
    public var operationTally: Tally {
        Tally(total: operations.count, covered: operations.count { $0.requests > 0 })
    }

    /// Declared statuses answered at least once, over all operations.
    public var statusTally: Tally {
        operations.reduce(Tally(total: 0, covered: 0)) { $0 + $1.statusTally }
    }

    /// Declared parameters sent at least once, over all operations.
    public var parameterTally: Tally {
        operations.reduce(Tally(total: 0, covered: 0)) { $0 + $1.parameterTally }
    }

    /// Enumerated values given at least once, over all operations' parameters and body fields.
    public var enumValueTally: Tally {
        operations.reduce(Tally(total: 0, covered: 0)) { $0 + $1.enumValueTally }
    }
}
