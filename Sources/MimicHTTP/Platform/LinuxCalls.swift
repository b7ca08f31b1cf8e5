#if canImport(Glibc)
import Glibc

/// The Linux calls Swift's Glibc module does not declare (it includes neither `<sys/epoll.h>` nor, without
/// `_GNU_SOURCE`, `sched_getaffinity` and `pthread_setname_np`), looked up in the C library by name and called as C functions.
enum LinuxCalls {
    typealias EpollCreate = @convention(c) (Int32) -> Int32
    typealias EpollControl = @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    typealias EpollWait = @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32
    typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer?) -> Int32
    typealias SetThreadName = @convention(c) (pthread_t, UnsafePointer<CChar>?) -> Int32

    nonisolated(unsafe) static let epollCreate1: EpollCreate = function("epoll_create1")
    nonisolated(unsafe) static let epollControl: EpollControl = function("epoll_ctl")
    nonisolated(unsafe) static let epollWait: EpollWait = function("epoll_wait")
    nonisolated(unsafe) static let schedGetAffinity: GetAffinity = function("sched_getaffinity")
    nonisolated(unsafe) static let setThreadName: SetThreadName = function("pthread_setname_np")

    // From <sys/epoll.h>.
    static let epollCloseOnExec: Int32 = 0o2000000
    static let epollAdd: Int32 = 1
    static let epollDelete: Int32 = 2
    static let epollModify: Int32 = 3
    static let epollExclusive: UInt32 = 1 << 28
    /// The size of `struct epoll_event` and the offset of its data: packed on x86-64, aligned elsewhere.
    #if arch(x86_64)
    static let epollEventSize = 12
    static let epollDataOffset = 4
    #else
    static let epollEventSize = 16
    static let epollDataOffset = 8
    #endif

    private static func function<Function>(_ name: String) -> Function {
        // A null handle is RTLD_DEFAULT: the C library the process is linked with.
        guard let symbol = dlsym(nil, name) else { fatalError("The C library has no \(name).") }
        return unsafeBitCast(symbol, to: Function.self)
    }
}
#endif
