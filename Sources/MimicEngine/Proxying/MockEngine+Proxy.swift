import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// A request answered by the real server behind a proxy, both checked against the contracts: the request is
    /// routed and validated as ``respond(to:)`` does, handed to `forward` (the transport, which knows the server),
    /// and the answer is validated against the operation (see ``ResponseValidator``). Every violation, the
    /// request's then the response's, is in the result (for the journal and the coverage) and, when there is any,
    /// in the answer's `sl-violations` field (Prism's proxy's name). A request to a path or method the contracts
    /// do not declare is forwarded too, with its one violation.
    ///
    /// With ``errors``, an invalid request is not forwarded but answered 422 with its report, and an answer that
    /// breaks the contract is replaced with a 502 `response-invalid` problem listing its violations. An answer to
    /// an invalid request is not faulted for a 4xx status the operation does not declare: the contract cannot say
    /// how requests outside it are refused. When `forward` fails, the client gets a 502 (unreachable server,
    /// unreadable answer) or 504 (no answer in time) problem. `Prefer` is only forwarded.
    public func proxy(_ request: HTTPRequest, forward: (HTTPRequest) -> Result<HTTPResponse, UpstreamFailure>) -> MockResult {
        var checked = check(request)
        if errors, let report = checked.report {
            var refusal = report
            refusal.status = 422
            checked.result.response = refusal.response()
            return checked.result
        }
        let requestViolations = checked.result.violations
        switch forward(request) {
        case .failure(let failure):
            checked.result.response = Self.upstreamProblem(failure, answering: request)
        case .success(let answer):
            var responseViolations: [Violation] = []
            if let operation = checked.result.operation {
                responseViolations = responseValidator.check(answer, of: operation).violations.filter {
                    !(requestViolations.count > 0 && $0.code == .status && (400...499).contains(answer.status))
                }
            }
            let violations = requestViolations + responseViolations
            if errors, !responseViolations.isEmpty, let operation = checked.result.operation {
                checked.result.response = Self.invalidAnswer(answer.status, of: operation, violations: responseViolations)
            } else {
                checked.result.response = answer
                if !violations.isEmpty { checked.result.response.headers.set("sl-violations", Self.violationsField(violations)) }
            }
            checked.result.violations = violations
        }
        return checked.result
    }

    /// `request` routed and validated, not answered: the result holds the operation (nil when none is declared),
    /// the violations (an undeclared route or method is one) and the coverage usage; the report is there when a
    /// declared operation refuses the request.
    private func check(_ request: HTTPRequest) -> (result: MockResult, report: ValidationReport?) {
        switch router.route(method: request.method, path: request.path) {
        case .matched(let route, let pathParameters):
            let decoded = DecodedRequest(request, pathParameters: pathParameters)
            let report = validator.report(for: decoded, operation: route)
            var result = MockResult(response: HTTPResponse(status: 502), operation: route.operation, violations: report?.violations ?? [])
            result.usage = RequestUsage(decoded, route: route)
            return (result, report)
        case .methodNotAllowed(let allowed, let closest):
            return (Self.methodNotAllowed(request, allowed: allowed, closest: closest), nil)
        case .notFound(let closest):
            return (Self.routeNotFound(request, closest: closest), nil)
        }
    }

    /// 502 `response-invalid`: the `status` answer of `operation` breaks its contract; the violations are in
    /// `errors` and `sl-violations`.
    private static func invalidAnswer(_ status: Int, of operation: APIOperation, violations: [Violation]) -> HTTPResponse {
        let count = violations.count == 1 ? "1 violation" : "\(violations.count) violations"
        return ProblemDetails(
            kind: .responseInvalid, status: 502,
            detail: "The upstream server's \(status) answer to \(operation.method) \(operation.path) breaks its contract: \(count).",
            extensions: [JSONMember("errors", .array(violations.map(\.json)))]
        ).response(headers: ["sl-violations": violationsField(violations)])
    }

    /// 502 or 504: the upstream server gave no answer to pass on.
    private static func upstreamProblem(_ failure: UpstreamFailure, answering request: HTTPRequest) -> HTTPResponse {
        let (kind, status): (ProblemDetails.Kind, Int) = switch failure.kind {
        case .unreachable: (.upstreamUnreachable, 502)
        case .timeout: (.upstreamTimeout, 504)
        case .invalidResponse: (.upstreamInvalid, 502)
        }
        return ProblemDetails(
            kind: kind, status: status, detail: "The upstream server gave no answer to \(request.method) \(request.path): \(failure.reason)."
        ).response()
    }
}
