#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's whole content, read with open(2) and read(2): what the contract loader reads of each file at every
/// start, without Foundation's `FileManager`, whose first use cost a start more than reading the files did.
enum FileBytes {
    /// The bytes of the file at `path` (a link is followed); nil when it cannot be opened or read (a folder, no
    /// permission, no such file).
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        // The size says how much to ask for first, one byte more to see the end at once; a file that grew
        // meanwhile is read on to its end.
        var wanted = (fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0) + 1
        var content: [UInt8] = []
        while true {
            guard let piece = bytes(from: descriptor, upTo: wanted) else { return nil }
            if content.isEmpty { content = piece } else { content += piece }
            if piece.count < wanted { return content }
            wanted = 64 * 1024
        }
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
