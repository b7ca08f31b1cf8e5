import MimicContracts
import MimicHTTP
@testable import MimicHTTPTypes
@testable import MimicEngine
@testable import MimicSchema

/// The seed contracts of `Contracts/` and an engine over them, loaded once for every test.
enum SeedEngine {
    /// The package folder, found from this file's place in `Tests/MimicEngineTests/`.
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    static let contracts = ContractLoader().load([root + "/Contracts"])
    static let engine = MockEngine(contracts: contracts)

    /// The answer of `engine` to a request built from the arguments.
    static func respond(
        _ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "", engine: MockEngine = engine
    ) -> HTTPResponse {
        engine.respond(to: HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8))).response
    }

    /// The body of the answer as text.
    static func body(_ method: String, _ target: String, headers: HTTPHeaders = [:], body: String = "") -> String {
        String(decoding: respond(method, target, headers: headers, body: body).body, as: UTF8.self)
    }

    /// The operation declared as `method path` (the path as the route table shows it).
    static func operation(_ method: String, _ path: String) -> APIOperation {
        contracts.operations.first { $0.method == method && $0.path.description == path }!
    }

    /// A plausible request for `operation`: path parameters filled (numbers for ids and integers, else a
    /// word), an `Authorization` header, and a value for every declared form field.
    static func request(for operation: APIOperation) -> HTTPRequest {
        let path = operation.path.segments.map { segment -> String in
            switch segment {
            case .literal(let text): "/" + text
            case .parameter(let name): "/" + value(of: name, in: operation)
            case .pattern: "/unused"
            }
        }.joined()
        let form = operation.parameters.filter { $0.location == .formData }.map { $0.name + "=value" }.joined(separator: "&")
        var headers: HTTPHeaders = ["Authorization": "Bearer token"]
        if !form.isEmpty { headers.add("Content-Type", "application/x-www-form-urlencoded") }
        return HTTPRequest(method: operation.method, target: path, headers: headers, body: Array(form.utf8))
    }

    private static func value(of name: String, in operation: APIOperation) -> String {
        let schema = contracts.schemas.resolve(operation.parameter(name, in: .path)?.schema ?? Schema())
        return name == "id" || name.hasSuffix("_id") || schema.primaryType == .integer ? "42" : "sample"
    }
}
