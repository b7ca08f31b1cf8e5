#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files below a folder, read with opendir(3)/readdir(3): every name the contract loader looks at on each start
/// and each look of the watcher, without Foundation's enumeration (which reads every entry's attributes).
enum FolderListing {
    /// The paths, relative to `folder`, of every file below it whose name ends in one of `extensions` (compared
    /// without case), in name order; hidden files and folders (a name starting with `.`) and their content are
    /// skipped, links to folders are not followed (a link to a file is listed), `folder` itself may be a link.
    static func files(below folder: String, endingIn extensions: [String]) -> [String] {
        var found: [String] = []
        collect(below: folder, prefix: "", endingIn: extensions, into: &found)
        return found.sorted()
    }

    private static func collect(below folder: String, prefix: String, endingIn extensions: [String], into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.utf8.first != UInt8(ascii: "."), !name.isEmpty else { continue }
            let path = folder + "/" + name
            if isFolder(entry.pointee.d_type, at: path) {
                collect(below: path, prefix: prefix + name + "/", endingIn: extensions, into: &found)
            } else if let ending = fileExtension(of: name), extensions.contains(ending) {
                found.append(prefix + name)
            }
        }
    }

    /// Whether the entry is a folder itself (not a link to one), asking lstat(2) when readdir does not say.
    private static func isFolder(_ type: UInt8, at path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// What follows the last `.` of `name`, lowercased on ASCII, unless that dot starts the name; nil without one.
    private static func fileExtension(of name: String) -> String? {
        let bytes = Array(name.utf8)
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return nil }
        return String(decoding: bytes[(dot + 1)...].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
