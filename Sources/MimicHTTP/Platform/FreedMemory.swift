#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives back to the system the memory a large request's handling freed (see
/// ``HTTPServer/Configuration/largeBodySize``). glibc's allocator keeps freed small blocks for reuse, so the
/// million values of a 10 MB JSON body would otherwise stay in the process's RSS long after the request (about
/// 80 MB); Darwin's allocator returns them by itself.
enum FreedMemory {
    #if canImport(Glibc)
    /// glibc's malloc_trim(3), which its Swift module does not import (it is declared in malloc.h); nil if the
    /// C library has none.
    static let mallocTrim: (@convention(c) (Int) -> Int32)? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self) }
    #endif

    /// Returns the freed memory at the top and inside of the heap to the system.
    static func returnToSystem() {
        #if canImport(Glibc)
        _ = mallocTrim?(0)
        #endif
    }
}
