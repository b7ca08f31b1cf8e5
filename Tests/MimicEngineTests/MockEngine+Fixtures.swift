import MimicContracts
import MimicHTTPTypes
import MimicTestSupport
@testable import MimicEngine

/// Engines over `ContractFixture`'s contracts, and requests to them written in a line.
extension MockEngine {
    /// An engine over the seed contracts of `Contracts/` (`ContractFixture.seed`), made once for every test.
    static let forSeeds = MockEngine(contracts: ContractFixture.seed)

    /// An engine over the single OpenAPI 3 or Swagger 2 document `text`, loaded from a temporary file.
    init(contract text: String, strict: Bool = false, errors: Bool = false, problems: ProblemStyle = .mimic) throws {
        let fixture = try ContractFixture([("contract.yaml", text)])
        defer { fixture.remove() }
        self.init(contracts: fixture.load(), strict: strict, errors: errors, problems: problems)
    }

    /// The answer to a request built from the arguments.
    func respond(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") -> MockResult {
        respond(to: HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8)))
    }

    /// The status, then `location name code pointer` of each violation, for compact assertions.
    func verdict(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") -> String {
        let result = respond(method, target, headers: headers, body: body)
        return (["\(result.response.status)"] + result.violations.map { "\($0.location.rawValue) \($0.name) \($0.code) \($0.pointer)" }).joined(separator: "\n")
    }

    /// The body of the answer as text.
    func body(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") -> String {
        String(decoding: respond(method, target, headers: headers, body: body).response.body, as: UTF8.self)
    }
}
