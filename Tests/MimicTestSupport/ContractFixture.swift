import Foundation
import MimicContracts

/// Contracts for a test, loaded as `mimic` loads them: files written to a fresh temporary folder (small
/// hand-written contracts), or the package's seed contracts in `Contracts/`.
public struct ContractFixture: Sendable {
    /// The folder of the seed contracts, `Contracts/` in the package.
    public static let seedFolder = WorkspaceFile.package("Contracts").path

    /// The seed contracts, loaded once for every test.
    public static let seed = ContractLoader().load([seedFolder])

    /// The temporary folder holding the files.
    public let folder: String

    /// Writes `files` (relative path → text) into a new temporary folder (an empty one for no files).
    public init(_ files: [(path: String, text: String)]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Loads the whole folder, or the named files in it.
    public func load(_ paths: String...) -> ContractSet {
        ContractLoader().load(paths.isEmpty ? [folder] : paths.map { folder + "/" + $0 })
    }

    /// The one-line form of every diagnostic, with the folder left out of file paths.
    public func summaries(_ contracts: ContractSet) -> [String] {
        contracts.diagnostics.map { $0.summary.replacingOccurrences(of: folder + "/", with: "") }
    }

    /// Deletes the folder and the files in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Loads a single file named `name` holding `text`: the contracts, and the one-line form of their diagnostics.
    public static func load(_ text: String, name: String = "api.yaml") throws -> (contracts: ContractSet, summaries: [String]) {
        let fixture = try ContractFixture([(name, text)])
        defer { fixture.remove() }
        let contracts = fixture.load()
        return (contracts, fixture.summaries(contracts))
    }

    /// An OpenAPI 3.0 document with one `GET path` operation answering 200 with JSON of `schema`: YAML lines as
    /// they are written under `schema:` (`type: object`, `properties:`, then properties indented by two).
    public static func openAPI(get path: String, schema: String) -> String {
        """
        openapi: 3.0.0
        info: {title: Fixture, version: "1"}
        paths:
          \(path):
            get:
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema:

        """ + schema.split(separator: "\n").map { "                " + $0 }.joined(separator: "\n") + "\n"
    }

    /// A Swagger 2 document with one `GET /items` operation taking `parameters`, each a YAML parameter object
    /// written as one flow mapping.
    public static func swagger(parameters: [String]) -> String {
        """
        swagger: "2.0"
        info: {title: Fixture, version: "1"}
        paths:
          /items:
            get:
              parameters:
        \(parameters.map { "        - " + $0 }.joined(separator: "\n"))
              responses:
                200: {description: OK}
        """
    }
}
