import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// 404: no declared path matches; the body names the closest declared operation.
    func routeNotFound(_ request: HTTPRequest, closest: CompiledOperation?) -> MockResult {
        undeclared(ProblemDetails(
            kind: .routeNotFound, status: 404, detail: "No operation is declared for \(request.method) \(request.path).",
            extensions: closest.map { [ProblemDetails.closestOperation($0.operation)] } ?? [],
            prismDetail: "The route \(request.path) hasn't been found in the specification file"), code: .routeNotFound)
    }

    /// 405: the path is declared for other methods, listed in `Allow` (with `HEAD` wherever `GET` is, as GET answers it).
    func methodNotAllowed(_ request: HTTPRequest, allowed: [String], closest: CompiledOperation) -> MockResult {
        let list = HTTPMethodRules.allowed(allowed).joined(separator: ", ")
        return undeclared(ProblemDetails(
            kind: .methodNotAllowed, status: 405, detail: "\(request.path) does not declare \(request.method); it declares \(list).",
            extensions: [ProblemDetails.closestOperation(closest.operation)],
            prismDetail: "The route \(request.path) has been matched, but it does not have \"\(request.method.lowercased())\" method defined"),
            code: .methodNotAllowed, headers: ["Allow": list])
    }

    /// A request no operation declares: the problem, and the one violation a journal or `--fail-on-invalid`
    /// counts it by (calling an undeclared route breaks the contract as surely as a bad parameter).
    private func undeclared(_ problem: ProblemDetails, code: ViolationCode, headers: HTTPHeaders = [:]) -> MockResult {
        let violation = Violation(location: .path, name: "", code: code, message: problem.detail)
        return MockResult(response: problem.response(headers: headers, style: problems), operation: nil, violations: [violation])
    }

    /// 406: none of the media types the response declares is acceptable; `available` lists them.
    static func notAcceptable(_ request: HTTPRequest, operation: APIOperation, available: [String]) -> ProblemDetails {
        let accept = request.headers.values(for: "Accept").joined(separator: ", ")
        return ProblemDetails(
            kind: .notAcceptable, status: 406,
            detail: "\(operation.method) \(operation.path) answers \(available.joined(separator: ", ")), which Accept: \(accept) refuses.",
            extensions: [JSONMember("available", .array(available.map(JSONValue.string)))],
            prismDetail: "Unable to find content for \(request.headers.values(for: "Accept").joined(separator: ","))"
        )
    }

    /// 404, as Prism answers: `Prefer: code=…` names a status the operation declares no response for.
    static func responseNotDeclared(_ code: Int, operation: APIOperation) -> ProblemDetails {
        let declared = operation.responses.map(\.status.description)
        return ProblemDetails(
            kind: .responseNotDeclared, status: 404,
            detail: "Prefer asks for status \(code), which \(operation.method) \(operation.path) does not declare.",
            extensions: [JSONMember("declared", .array(declared.map(JSONValue.string)))],
            prismDetail: "Requested status code \(code) is not defined in the document."
        )
    }

    /// 404, as Prism answers: `Prefer: example=…` names an example that `searched` (the response, or the
    /// response and media type, asked for) does not declare, or, for nil, that no response declares; `mediaType`
    /// is the media type searched, if any (Prism's `detail` names it).
    static func exampleNotDeclared(
        _ name: String, in searched: String?, mediaType: String?, operation: APIOperation, declared: [String]
    ) -> ProblemDetails {
        let label = "\(operation.method) \(operation.path)"
        let missing = searched.map { "\($0) of \(label) does not declare" } ?? "no response of \(label) declares"
        return ProblemDetails(
            kind: .exampleNotDeclared, status: 404, detail: "Prefer asks for example '\(name)', which \(missing).",
            extensions: [JSONMember("declared", .array(declared.map(JSONValue.string)))],
            prismDetail: "Response for \(mediaType.map { "contentType: \($0) and " } ?? "")exampleKey: \(name) does not exist."
        )
    }

    /// The names of the examples `responses` declare, in declared order, each once.
    static func exampleNames(of responses: [Response]) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for response in responses {
            for example in response.contents.flatMap(\.examples) + response.examplesWithoutBody {
                if let name = example.name, seen.insert(name).inserted { names.append(name) }
            }
        }
        return names
    }
}
