import MimicContracts
import Synchronization

/// A transform of each of some items, in order, worked out by the calling thread and a ``HelperThread`` together:
/// each takes the next item not taken yet, so that the work is shared however fast each thread goes. The calling
/// thread never waits: once no item is left to take, it transforms itself the items the helper has begun and not
/// finished (one at most, a small loss), so that a helper held off the processor (a busy machine) costs no more than
/// doing everything on the calling thread. Each result depends on its item alone, so the results do not depend on
/// the threads' timing.
final class HelpedMap<Item: Sendable, Output: Sendable>: Sendable {
    private struct State {
        var next = 0
        var results: [Output?]
    }

    private let items: [Item]
    private let transform: @Sendable (Item) -> Output
    private let state: Mutex<State>

    private init(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Output) {
        self.items = items
        self.transform = transform
        state = Mutex(State(results: Array(repeating: nil, count: items.count)))
    }

    /// `transform` of each of `items`, in their order; on the calling thread alone for fewer than two items.
    static func map(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let work = HelpedMap(items, transform)
        HelperThread.detach { work.transformUntaken() }
        work.transformUntaken()
        let unfinished = work.state.withLock { state in state.results.indices.filter { state.results[$0] == nil } }
        for index in unfinished { work.finish(index, with: transform(items[index])) }
        return work.state.withLock { state in state.results.map { $0! } }
    }

    /// Transforms the next item not taken yet until none is left.
    private func transformUntaken() {
        while true {
            let index: Int? = state.withLock { state in
                guard state.next < items.count else { return nil }
                defer { state.next += 1 }
                return state.next
            }
            guard let index else { return }
            finish(index, with: transform(items[index]))
        }
    }

    /// Keeps `output` as the result of item `index`, unless the other thread already gave it one (the same).
    private func finish(_ index: Int, with output: Output) {
        state.withLock { state in
            if state.results[index] == nil { state.results[index] = output }
        }
    }
}
