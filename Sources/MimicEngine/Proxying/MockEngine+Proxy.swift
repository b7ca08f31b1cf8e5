import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// A request answered by the real server behind a proxy, both checked against the contracts: the request is
    /// routed and validated as ``respond(to:)`` does, handed to `forward` (the transport, which knows the server),
    /// and the answer is validated against the operation (see ``ResponseValidator``; a body streamed on is checked
    /// for its `Content-Type` only). The request's violations are the result's ``MockResult/violations``, the
    /// answer's its ``MockResult/responseViolations`` (the upstream server's fault, not the client's); when there is
    /// any, the answer carries them all, the request's first, in its `sl-violations` field (Prism's proxy's name).
    /// A request to a path or method the contracts do not declare is forwarded too, with its one violation.
    ///
    /// With ``errors``, an invalid request is not forwarded but answered 422 with its report, and an answer that
    /// breaks the contract is replaced with a 502 `response-invalid` problem listing its violations. An answer to
    /// an invalid request is not faulted for a 4xx status the operation does not declare: the contract cannot say
    /// how requests outside it are refused. When `forward` fails, the client gets a 502 (unreachable server,
    /// unreadable answer) or 504 (no answer in time) problem. `Prefer` is only forwarded.
    public func proxy(_ request: HTTPRequest, forward: (HTTPRequest) -> Result<HTTPResponse, UpstreamFailure>) -> MockResult {
        var (result, report) = check(request)
        if errors, var refusal = report {
            refusal.status = 422
            result.response = refusal.response()
            return result
        }
        switch forward(request) {
        case .failure(let failure):
            result.response = upstreamProblem(failure, answering: request)
        case .success(let answer):
            let faults = result.operation.map { answerViolations(answer, of: $0, requestIsValid: result.violations.isEmpty) } ?? []
            let sided = result.violations.map { ($0, Violation.Side.request) } + faults.map { ($0, Violation.Side.response) }
            if errors, !faults.isEmpty, let operation = result.operation {
                answer.bodyStream?.close()
                result.response = invalidAnswer(answer.status, of: operation, violations: faults)
            } else {
                result.response = answer
                if !sided.isEmpty { result.response.headers.set("sl-violations", violationsField(sided)) }
            }
            result.responseViolations = faults
        }
        return result
    }

    /// What `answer` breaks of `operation`'s contract, but an undeclared 4xx status answering a request that is
    /// not valid.
    private func answerViolations(_ answer: HTTPResponse, of operation: APIOperation, requestIsValid: Bool) -> [Violation] {
        let found = responseValidator.check(answer, of: operation).violations
        guard !requestIsValid, (400...499).contains(answer.status) else { return found }
        return found.filter { $0.code != .status }
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
            return (methodNotAllowed(request, allowed: allowed, closest: closest), nil)
        case .notFound(let closest):
            return (routeNotFound(request, closest: closest), nil)
        }
    }

    /// 502 `response-invalid`: the `status` answer of `operation` breaks its contract; the violations are in
    /// `errors` and `sl-violations`.
    private func invalidAnswer(_ status: Int, of operation: APIOperation, violations: [Violation]) -> HTTPResponse {
        let count = violations.count == 1 ? "1 violation" : "\(violations.count) violations"
        return ProblemDetails(
            kind: .responseInvalid, status: 502,
            detail: "The upstream server's \(status) answer to \(operation.method) \(operation.path) breaks its contract: \(count).",
            extensions: [JSONMember("errors", .array(violations.map(\.json)))]
        ).response(headers: ["sl-violations": violationsField(violations, of: .response)], style: problems)
    }

    /// 502 or 504: the upstream server gave no answer to pass on.
    private func upstreamProblem(_ failure: UpstreamFailure, answering request: HTTPRequest) -> HTTPResponse {
        let (kind, status): (ProblemDetails.Kind, Int) = switch failure.kind {
        case .unreachable: (.upstreamUnreachable, 502)
        case .timeout: (.upstreamTimeout, 504)
        case .invalidResponse: (.upstreamInvalid, 502)
        }
        return ProblemDetails(
            kind: kind, status: status, detail: "The upstream server gave no answer to \(request.method) \(request.path): \(failure.reason)."
        ).response(style: problems)
    }
}
