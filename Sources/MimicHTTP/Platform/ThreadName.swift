#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name the system shows for a thread (in `top -H`, `perf`, `/proc/…/comm`).
enum ThreadName {
    /// Names the calling thread `name`, of at most 15 bytes (longer is not set on Linux).
    static func set(_ name: String) {
        #if canImport(Glibc)
        _ = LinuxCalls.setThreadName(pthread_self(), name)
        #else
        _ = pthread_setname_np(name)
        #endif
    }
}
