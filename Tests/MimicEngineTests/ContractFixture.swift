import Foundation
import MimicContracts
import MimicHTTP
@testable import MimicHTTPTypes
@testable import MimicEngine
@testable import MimicSchema

/// Small hand-written contracts, loaded from a temporary file, and the engine over them.
struct ContractFixture {
    let engine: MockEngine

    /// An engine over the OpenAPI 3 or Swagger 2 document `text`.
    init(_ text: String, strict: Bool = false) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mimic-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("contract.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        engine = MockEngine(contracts: ContractLoader().load([file.path]), strict: strict)
    }

    /// The engine's answer to a request built from the arguments.
    func respond(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: [UInt8] = []) -> MockResult {
        engine.respond(to: HTTPRequest(method: method, target: target, headers: headers, body: body))
    }

    /// The status, then `code pointer` of each violation, for compact assertions.
    func verdict(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") -> String {
        let result = respond(method, target, headers: headers, body: Array(body.utf8))
        return (["\(result.response.status)"] + result.violations.map { "\($0.location.rawValue) \($0.name) \($0.code) \($0.pointer)" }).joined(separator: "\n")
    }

    /// A Swagger 2 document with one `GET /items` operation taking `parameter`, a YAML parameter object
    /// written as one flow mapping.
    static func swagger(parameters: [String]) -> String {
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
