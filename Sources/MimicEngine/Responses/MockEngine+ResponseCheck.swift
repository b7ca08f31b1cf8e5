import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// `response`, Mimic's answer as the contract of `operation` declares it, run through the
    /// ``responseValidator`` when ``errors`` or ``validateResponses`` asks: with ``validateResponses``, what it
    /// breaks is returned as Mimic's own faults; with ``errors`` (Prism's `--errors`), a response that breaks
    /// anything (an example contradicting its schema, say) is replaced with a 500 `response-invalid` problem
    /// listing the violations (the first ``ResponseReport/maximumViolations``) in its `errors` and, as Prism
    /// carries them, in the `sl-violations` header (as many as ``violationsFieldLimit`` allows).
    func selfChecked(_ response: HTTPResponse, of operation: APIOperation) -> (response: HTTPResponse, faults: [Violation]) {
        guard errors || validateResponses else { return (response, []) }
        let report = responseValidator.check(response, of: operation)
        guard !report.keepsContract else { return (response, []) }
        let faults = validateResponses ? report.violations : []
        guard errors else { return (response, faults) }
        let total = report.violations.count + report.omitted
        let problem = ProblemDetails(
            kind: .responseInvalid, status: 500,
            detail: "The \(response.status) response of \(operation.method) \(operation.path) breaks its declared schema: "
                + (total == 1 ? "1 violation." : "\(total) violations."),
            extensions: [JSONMember("errors", .array(report.violations.map(\.json)))]
                + (report.omitted > 0 ? [JSONMember("truncated", .integer(report.omitted))] : []),
            prismExtensions: [JSONMember("validation", .array(report.violations.map { $0.prismJSON(.response, sided: true) }))])
        return (problem.response(headers: ["sl-violations": violationsField(report.violations, of: .response)], style: problems), faults)
    }

    /// `response` with what it breaks of the contract of `operation`, if anything, in `sl-violations` (as
    /// Prism carries them); answered as it is.
    func notingViolations(of response: HTTPResponse, operation: APIOperation) -> HTTPResponse {
        let report = responseValidator.check(response, of: operation)
        guard !report.keepsContract else { return response }
        var noted = response
        noted.headers.add("sl-violations", violationsField(report.violations, of: .response))
        return noted
    }
}
