import Foundation
@testable import MimicContracts

/// Contract files written to a fresh temporary folder, for loading in a test.
struct ContractFixture {
    let folder: String

    /// Writes `files` (relative path → text) into a new temporary folder.
    init(_ files: [(path: String, text: String)]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-\(UUID().uuidString)").path
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Loads the whole folder, or the named files in it.
    func load(_ paths: String...) -> ContractSet {
        ContractLoader().load(paths.isEmpty ? [folder] : paths.map { folder + "/" + $0 })
    }

    /// The one-line form of every diagnostic, with the folder left out of file paths.
    func summaries(_ contracts: ContractSet) -> [String] {
        contracts.diagnostics.map { $0.summary.replacingOccurrences(of: folder + "/", with: "") }
    }

    /// Loads a single file named `name` holding `text`.
    static func load(_ text: String, name: String = "api.yaml") throws -> (ContractSet, [String]) {
        let fixture = try ContractFixture([(name, text)])
        let contracts = fixture.load()
        return (contracts, fixture.summaries(contracts))
    }
}
