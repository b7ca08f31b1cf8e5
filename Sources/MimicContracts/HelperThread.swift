#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread started for one piece of start-up work (reading contract files ahead, compiling operations): a plain
/// POSIX thread, which starts sooner than a Foundation `Thread` (no thread object, name or run loop to set up first).
package enum HelperThread {
    /// Runs `body` on a new, detached thread; false when no thread could start (then `body` is not run).
    @discardableResult
    package static func detach(_ body: @escaping @Sendable () -> Void) -> Bool {
        final class Body: Sendable {
            let run: @Sendable () -> Void
            init(_ run: @escaping @Sendable () -> Void) { self.run = run }
        }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        let started = pthread_create(&thread, &attributes, { context in
            let context: UnsafeMutableRawPointer? = context  // optional on Linux only
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return false
        }
        return true
    }
}
