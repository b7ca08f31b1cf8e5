import MimicContracts
import MimicHTTPTypes

extension MockEngine {
    /// The failure forced on a valid request: the fault `Prefer` asks for, else the status of
    /// ``ForcedFailure/statuses`` it asks for; when it asks for neither a code nor a fault, the one chaos
    /// picks for this request, if any. `byChaos` says which.
    func forcedFailure(for decoded: DecodedRequest) -> (failure: ForcedFailure, byChaos: Bool)? {
        let preference = decoded.preference
        if let fault = preference.fault { return (.fault(fault), false) }
        if let code = preference.code { return ForcedFailure.statuses.contains(code) ? (.status(code), false) : nil }
        guard disturbance.chaosRate > 0 else { return nil }
        let fingerprint = RequestFingerprint(decoded.request, seed: seed)
        guard Double(fingerprint.bits(for: "chaos") >> 11) / Double(UInt64(1) << 53) < disturbance.chaosRate else { return nil }
        let failures = ForcedFailure.all
        return (failures[Int(fingerprint.bits(for: "chaos failure") % UInt64(failures.count))], true)
    }

    /// The answer of `route` to `decoded` with `failure`: for a fault, the contract's answer marked with it
    /// (what ``HTTPFault/close`` begins to send); for a status, the response the operation declares for it,
    /// else a problem saying it was asked for (or, `byChaos`, chosen), with `Retry-After: 1` on a 429 or 503
    /// that declares none.
    func answer(
        _ decoded: DecodedRequest, operation route: CompiledOperation, forcing failure: ForcedFailure, byChaos: Bool
    ) -> HTTPResponse {
        switch failure {
        case .fault(let fault):
            var response = answer(decoded, operation: route, code: decoded.preference.code)
            response.fault = fault
            return response
        case .status(let code):
            var response = ResponseSelection(for: route.operation, preferring: code) != nil
                ? answer(decoded, operation: route, code: code)
                : Self.failureRequested(code, operation: route.operation, byChaos: byChaos).response()
            if code == 429 || code == 503, !response.headers.contains("Retry-After") {
                response.headers.add("Retry-After", "1")
            }
            return response
        }
    }

    /// How long to hold the answer to `request`: the delay `Prefer` asks for, else the server's, picked
    /// from a range by the request's fingerprint; zero for none.
    func delay(for request: HTTPRequest, preference: PreferHeader?) -> Duration {
        guard let range = (preference ?? PreferHeader(request.headers)).delay ?? disturbance.delay else { return .zero }
        return range.delay(for: RequestFingerprint(request, seed: seed).bits(for: "delay"))
    }

    /// The problem answered for a failure status the operation does not declare.
    private static func failureRequested(_ code: Int, operation: APIOperation, byChaos: Bool) -> ProblemDetails {
        let reason = byChaos ? "Chaos chose status \(code) for this request" : "Prefer asks for status \(code)"
        return ProblemDetails(
            kind: .failureRequested, status: code,
            detail: "\(reason); \(operation.method) \(operation.path) does not declare it, so Mimic answers this problem.",
            extensions: [JSONMember("operation", operation.referenceJSON)])
    }
}
