#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A contract file's whole content, read with open(2) and read(2): what the contract loader reads of each file at
/// every start, without Foundation's `FileManager`, whose first use cost a start more than reading the files did.
package enum FileBytes {
    /// The most bytes read of one file: 64 MiB, sixteen times the largest real contract known (Stripe's, 4 MB), so
    /// that a path naming a device or a file still being written (`/dev/zero`) costs an error, not the memory.
    package static let maximumSize = 64 << 20

    /// The bytes of the file at `path` (a link is followed), at most `limit` of them; else why there are none:
    /// `load.not-found`, `load.unreadable` (a folder, no permission, a failed read) or `load.too-large`.
    ///
    /// Opening does not wait for a named pipe's writer (one with none reads as empty); reading then waits for
    /// what a writer sends, as from standard input.
    package static func contents(of path: String, limit: Int = maximumSize) -> Result<[UInt8], Diagnostic> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(problem(errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable, path)) }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var status = stat()
        // The size says how much to ask for first, one byte more to see the end at once; a file that grew
        // meanwhile is read on to its end, or to one byte past the limit.
        let size = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        var wanted = min(size, limit) + 1
        var content: [UInt8] = []
        while true {
            guard let piece = bytes(from: descriptor, upTo: wanted) else { return .failure(problem(.unreadable, path)) }
            if content.isEmpty { content = piece } else { content += piece }
            if content.count > limit { return .failure(problem(.tooLarge(limit), path)) }
            if piece.count < wanted { return .success(content) }
            wanted = min(64 * 1024, limit + 1 - content.count)
        }
    }

    private enum Problem {
        case notFound
        case unreadable
        case tooLarge(Int)
    }

    private static func problem(_ problem: Problem, _ path: String) -> Diagnostic {
        switch problem {
        case .notFound: .error("load.not-found", "no such file", at: .start(of: path))
        case .unreadable: .error("load.unreadable", "cannot read this file", at: .start(of: path))
        case .tooLarge(let limit):
            .error("load.too-large", "the file is larger than \(sizeText(limit)), the most Mimic reads of a contract", at: .start(of: path))
        }
    }

    /// `64 MiB` for a whole number of mebibytes, else `100 bytes`.
    private static func sizeText(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// Up to `count` bytes read from `descriptor`, fewer only at its end; nil when reading fails.
    private static func bytes(from descriptor: Int32, upTo count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let received = read(descriptor, buffer.baseAddress! + initialized, count - initialized)
                if received < 0, errno == EINTR { continue }
                guard received > 0 else {
                    failed = received < 0
                    return
                }
                initialized += received
            }
        }
        return failed ? nil : bytes
    }
}
