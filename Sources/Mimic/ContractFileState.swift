import Foundation
import MimicContracts

/// The contract files some paths name, each with its identity, size and modification time: two states differ
/// when a file was added, removed, replaced (an editor that saves by renaming gives a new inode) or written.
struct ContractFileState: Equatable, Sendable {
    /// What is known of one file; nil fields when it could not be read (removed since it was listed).
    struct File: Equatable, Sendable {
        var path: String
        var inode: UInt64?
        var size: UInt64?
        var modified: Date?
    }

    let files: [File]

    /// The state of the contract files in `paths` now, listed as ``ContractLoader`` lists them.
    init(of paths: [String]) {
        files = ContractLoader.contractFiles(in: paths).files.map { path in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            return File(
                path: path,
                inode: (attributes?[.systemFileNumber] as? NSNumber)?.uint64Value,
                size: (attributes?[.size] as? NSNumber)?.uint64Value,
                modified: attributes?[.modificationDate] as? Date)
        }
    }
}
