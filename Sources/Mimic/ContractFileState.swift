#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MimicContracts

/// The contract files some paths name, each with its identity, size and modification time: two states differ
/// when a file was added, removed, replaced (an editor that saves by renaming gives a new inode) or written.
struct ContractFileState: Equatable, Sendable {
    /// What is known of one file; nil fields when it could not be read (removed since it was listed).
    struct File: Equatable, Sendable {
        var path: String
        var inode: UInt64?
        var size: Int64?
        /// The modification time, in nanoseconds since 1970.
        var modified: Int64?
    }

    let files: [File]

    /// The state of the contract files in `paths` now, listed as ``ContractLoader`` lists them. Read with one
    /// `stat(2)` a file (no owner or group names are looked up), so that it costs little at start and every look.
    init(of paths: [String]) {
        files = ContractLoader.contractFiles(in: paths).files.map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return File(path: path) }
            #if canImport(Darwin)
            let modified = status.st_mtimespec
            #else
            let modified = status.st_mtim
            #endif
            return File(
                path: path, inode: UInt64(status.st_ino), size: Int64(status.st_size),
                modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec))
        }
    }
}
