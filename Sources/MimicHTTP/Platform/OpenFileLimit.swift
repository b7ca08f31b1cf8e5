#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's limit of open descriptors (RLIMIT_NOFILE): a server holding many connections raises its
/// soft limit so that accepting does not fail before its own connection cap is reached.
enum OpenFileLimit {
    /// Raises the soft limit to `wanted`, or as near as the hard limit allows; never lowers it.
    static func raise(to wanted: Int) {
        #if canImport(Glibc)
        let resource = Int32(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return }
        if limit.rlim_cur < rlim_t(wanted) {
            limit.rlim_cur = min(rlim_t(wanted), limit.rlim_max)
            setrlimit(resource, &limit)
        }
    }
}
