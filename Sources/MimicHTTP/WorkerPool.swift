import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads running jobs in submission order, started when the first job comes: most servers never
/// hand a job over (only large bodies, streamed bodies, refusals and handlers that may block are), and do not pay
/// for the threads at start.
///
/// The queue is bounded by its callers: the event loops submit at most one request (or streamed body) per open
/// connection, and one small report per request they refused (each refusal closes its connection).
final class WorkerPool: Sendable {
    private struct Queue {
        var jobs: [@Sendable () -> Void] = []
        var head = 0
        var isShutDown = false
        var threadIDs: [pthread_t] = []
        /// How many threads were started: none before the first job, then all.
        var startedThreads = 0
    }

    private let queue = Mutex(Queue())
    private let available = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let count: Int
    private let name: String

    /// A pool of `count` threads (at least one), named `name` and their index (`name-0`; the system keeps 15
    /// characters), started with the first job.
    init(count: Int, name: String) {
        self.count = max(1, count)
        self.name = name
    }

    /// Queues `job` for the next free thread, starting the threads if it is the first.
    func submit(_ job: @escaping @Sendable () -> Void) {
        let isFirst = queue.withLock { queue in
            queue.jobs.append(job)
            guard queue.startedThreads == 0, !queue.isShutDown else { return false }
            queue.startedThreads = count
            return true
        }
        if isFirst { startThreads() }
        available.signal()
    }

    private func startThreads() {
        for index in 0..<count {
            let thread = Thread { [self] in
                ThreadName.set("\(name)-\(index)")
                queue.withLock { $0.threadIDs.append(pthread_self()) }
                run()
            }
            thread.start()
        }
    }

    /// Whether the calling thread is one of this pool's.
    var isCurrentThreadAWorker: Bool {
        let current = pthread_self()
        return queue.withLock { $0.threadIDs.contains { pthread_equal($0, current) != 0 } }
    }

    /// Lets the threads finish the queued jobs, then ends them; waits for that unless called from one of them.
    func shutDown() {
        let started = queue.withLock { queue in
            queue.isShutDown = true
            return queue.startedThreads
        }
        for _ in 0..<started { available.signal() }
        guard !isCurrentThreadAWorker else { return }
        for _ in 0..<started { finished.wait() }
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
