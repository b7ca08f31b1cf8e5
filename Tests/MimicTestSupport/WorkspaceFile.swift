import Foundation

/// A file or folder a test reads from disk, found from the package folder: the package's own (`Contracts/`),
/// or the workspace's beside it in `../shared/` (the outside corpora and the seed documents).
///
/// The shared files may be absent: a test that needs one is marked `.requires(file)`, which skips it, saying
/// which file is missing, instead of failing it.
public struct WorkspaceFile: Sendable, CustomStringConvertible {
    /// The package folder: this file is `<root>/Tests/MimicTestSupport/WorkspaceFile.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where the file is, `..` resolved.
    public let url: URL
    /// The path as written from the package folder (`Contracts`, `../shared/corpus/openapi`), for messages.
    public let description: String

    private init(fromPackage relativePath: String) {
        url = Self.packageRoot.appendingPathComponent(relativePath).standardized
        description = relativePath
    }

    /// `relativePath` inside the package folder, such as `Contracts`.
    public static func package(_ relativePath: String) -> WorkspaceFile {
        WorkspaceFile(fromPackage: relativePath)
    }

    /// `relativePath` inside `../shared/`, such as `seeds/002_1a737eb6af8092a8.txt`.
    public static func shared(_ relativePath: String) -> WorkspaceFile {
        WorkspaceFile(fromPackage: "../shared/" + relativePath)
    }

    /// `relativePath` inside the outside corpora, `../shared/corpus/`, such as `openapi`.
    public static func corpus(_ relativePath: String) -> WorkspaceFile {
        shared("corpus/" + relativePath)
    }

    /// The absolute path.
    public var path: String { url.path }

    /// Whether a file or folder is there.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }
}
