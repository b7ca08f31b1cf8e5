import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads running jobs in submission order.
///
/// The queue is bounded by its callers: the event loops submit at most one request (or streamed body) per open
/// connection, and one small report per request they refused (each refusal closes its connection).
final class WorkerPool: Sendable {
    private struct Queue {
        var jobs: [@Sendable () -> Void] = []
        var head = 0
        var isShutDown = false
        var threadIDs: [pthread_t] = []
    }

    private let queue = Mutex(Queue())
    private let available = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let count: Int

    /// Starts `count` threads (at least one), named `name` and their index (`name-0`; the system keeps 15
    /// characters).
    init(count: Int, name: String) {
        self.count = max(1, count)
        for index in 0..<self.count {
            let thread = Thread { [self] in
                ThreadName.set("\(name)-\(index)")
                queue.withLock { $0.threadIDs.append(pthread_self()) }
                run()
            }
            thread.start()
        }
    }

    /// Queues `job` for the next free thread.
    func submit(_ job: @escaping @Sendable () -> Void) {
        queue.withLock { $0.jobs.append(job) }
        available.signal()
    }

    /// Whether the calling thread is one of this pool's.
    var isCurrentThreadAWorker: Bool {
        let current = pthread_self()
        return queue.withLock { $0.threadIDs.contains { pthread_equal($0, current) != 0 } }
    }

    /// Lets the threads finish the queued jobs, then ends them; waits for that unless called from one of them.
    func shutDown() {
        queue.withLock { $0.isShutDown = true }
        for _ in 0..<count { available.signal() }
        guard !isCurrentThreadAWorker else { return }
        for _ in 0..<count { finished.wait() }
    }

    private func run() {
        while true {
            available.wait()
            let job: (@Sendable () -> Void)? = queue.withLock { queue in
                guard queue.head < queue.jobs.count else { return nil }
                let job = queue.jobs[queue.head]
                queue.head += 1
                if queue.head == queue.jobs.count {
                    queue.jobs.removeAll(keepingCapacity: true)
                    queue.head = 0
                }
                return job
            }
            if let job {
                job()
            } else if queue.withLock({ $0.isShutDown }) {
                finished.signal()
                return
            }
        }
    }
}
