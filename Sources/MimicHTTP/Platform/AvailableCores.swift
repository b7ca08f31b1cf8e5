#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processors this process may run on.
enum AvailableCores {
    /// Those of its CPU affinity mask (sched_getaffinity(2), which a container's or `taskset`'s limit
    /// narrows), else the processors online; at least one.
    static var count: Int {
        #if canImport(Glibc)
        // A cpu_set_t: 1,024 bits.
        var set = [UInt8](repeating: 0, count: 128)
        let result = set.withUnsafeMutableBytes { LinuxCalls.schedGetAffinity(0, $0.count, $0.baseAddress) }
        let count = set.reduce(0) { $0 + $1.nonzeroBitCount }
        if result == 0, count > 0 { return count }
        #endif
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}
