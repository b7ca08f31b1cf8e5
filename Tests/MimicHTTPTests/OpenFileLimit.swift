#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's limit of open descriptors (RLIMIT_NOFILE), for tests that hold many connections open.
enum OpenFileLimit {
    /// Raises the soft limit to `wanted`, or as near as the hard limit allows; never lowers it.
    static func raise(to wanted: Int) {
        #if canImport(Glibc)
        let resource = Int32(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        getrlimit(resource, &limit)
        if limit.rlim_cur < rlim_t(wanted) {
            limit.rlim_cur = min(rlim_t(wanted), limit.rlim_max)
            setrlimit(resource, &limit)
        }
    }
}
