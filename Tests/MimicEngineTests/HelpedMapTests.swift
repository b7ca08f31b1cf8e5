import Dispatch
import Synchronization
import Testing
@testable import MimicEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How start-up work is shared between the calling thread and a helper thread.
@Suite struct HelpedMapTests {
    @Test func theResultsAreInTheItemsOrderWhicheverThreadWorkedThemOut() {
        let items = Array(0..<1_000)
        #expect(HelpedMap.map(items) { $0 * $0 } == items.map { $0 * $0 })
        #expect(HelpedMap.map([7]) { $0 + 1 } == [8])
        #expect(HelpedMap.map([Int]()) { $0 + 1 } == [])
    }

    @Test func anItemTheHelperIsStuckOnIsWorkedOutByTheCallingThreadRatherThanWaitedFor() {
        // The helper takes an item and does not finish it until the call has returned every result.
        let caller = pthread_self()
        let released = DispatchSemaphore(value: 0)
        let stuck = Mutex(false)
        let results = HelpedMap.map(Array(0..<50)) { item in
            let isFirstHelperItem = stuck.withLock { stuck in
                guard !stuck, pthread_equal(pthread_self(), caller) == 0 else { return false }
                stuck = true
                return true
            }
            if isFirstHelperItem { released.wait() }
            return item + 1
        }
        released.signal()
        #expect(results == Array(1...50))
    }
}
