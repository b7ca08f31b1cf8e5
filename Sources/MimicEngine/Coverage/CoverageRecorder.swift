import MimicContracts
import Synchronization

/// Counts, request by request, what ``Coverage`` reports: one set of counters per operation, found by the
/// operation's position in the route table, under one lock held only to add counts. Safe to use from any thread.
public final class CoverageRecorder: Sendable {
    private let routes: [CompiledOperation]
    private let state: Mutex<State>

    private struct State {
        var operations: [Counters]
        var unmatched = 0
    }

    /// The counts of one operation, laid out as its ``CoveragePlan``.
    private struct Counters {
        var requests = 0
        var valid = 0
        var statuses: [Int]
        var undeclaredStatuses: [Int: Int] = [:]
        var parameters: [Int]
        var enumSlots: [Int]

        init(_ plan: CoveragePlan) {
            statuses = Array(repeating: 0, count: plan.statuses.count)
            parameters = Array(repeating: 0, count: plan.parameters.count)
            enumSlots = Array(repeating: 0, count: plan.enumSlots)
        }

        /// Adds one request that used `usage`, answered with `status` (the `declared` one at that index, if any).
        mutating func add(_ usage: RequestUsage, status: Int, declared: Int?, isValid: Bool) {
            requests += 1
            if isValid { valid += 1 }
            if let declared { statuses[declared] += 1 } else { undeclaredStatuses[status, default: 0] += 1 }
            for (index, sent) in usage.parameters.enumerated() where sent { parameters[index] += 1 }
            for (index, count) in usage.enumSlots.enumerated() where count > 0 { enumSlots[index] += count }
        }
    }

    /// A recorder for the operations `router` routes to, nothing counted yet.
    public init(router: Router) {
        routes = router.routes
        state = Mutex(State(operations: router.routes.map { Counters($0.coverage) }))
    }

    /// Counts a request the engine answered: for its operation, or as unmatched when none answered.
    public func record(_ result: MockResult) {
        guard let usage = result.usage else { return recordUnmatched() }
        let status = result.response.status
        let declared = Self.declaredStatus(answering: status, among: routes[usage.operation].coverage.statuses)
        let valid = result.violations.isEmpty
        state.withLock { state in
            state.operations[usage.operation].add(usage, status: status, declared: declared, isValid: valid)
        }
    }

    /// Counts a request no operation answered: one the HTTP layer refused.
    public func recordUnmatched() {
        state.withLock { $0.unmatched += 1 }
    }

    /// The counts so far, read at one instant.
    public var coverage: Coverage {
        let (counters, unmatched) = state.withLock { ($0.operations, $0.unmatched) }
        return Coverage(operations: zip(routes, counters).map(Self.coverage), unmatchedRequests: unmatched)
    }

    /// The declared status that `status` answers for: its code, else its range (`4XX`), else `default`.
    private static func declaredStatus(answering status: Int, among statuses: [ResponseStatus]) -> Int? {
        statuses.firstIndex(of: .code(status)) ?? statuses.firstIndex(of: .range(status / 100)) ?? statuses.firstIndex(of: .default)
    }

    private static func coverage(of route: CompiledOperation, counted counters: Counters) -> OperationCoverage {
        let plan = route.coverage
        return OperationCoverage(
            method: route.operation.method,
            path: route.operation.path.description,
            operationId: route.operation.operationId,
            requests: counters.requests,
            validRequests: counters.valid,
            statuses: zip(plan.statuses, counters.statuses).map { OperationCoverage.StatusCount(status: $0, count: $1) },
            undeclaredStatuses: counters.undeclaredStatuses.keys.sorted().map {
                OperationCoverage.UndeclaredStatusCount(status: $0, count: counters.undeclaredStatuses[$0]!)
            },
            parameters: zip(plan.parameters, counters.parameters).map {
                OperationCoverage.ParameterCount(location: $0.parameter.location.rawValue, name: $0.parameter.name, count: $1)
            },
            enums: plan.enums.map { target in
                let slots = counters.enumSlots[target.firstSlot...]
                return OperationCoverage.EnumCount(
                    location: target.location.rawValue, name: target.name,
                    values: zip(target.values, slots).map { OperationCoverage.ValueCount(value: $0, count: $1) },
                    otherValues: slots[target.firstSlot + target.values.count])
            })
    }
}
