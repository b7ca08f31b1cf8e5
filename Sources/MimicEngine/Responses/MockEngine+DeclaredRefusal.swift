import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension MockEngine {
    /// The most bytes of violations the `sl-violations` field carries: clients limit a header section (Node's
    /// to 16 KiB), and the journal keeps the whole list anyway.
    public static let violationsFieldLimit = 8_192

    /// The operation's own answer to a request it refuses, when the contract declares the response that refusal
    /// gets (its status, a range holding it, or `default`): that response's example or generated body and its
    /// headers, so that clients see the error shape their contract promises, with the violations as JSON in
    /// `sl-violations` (Prism's name) and any `WWW-Authenticate` challenge. `Prefer`'s example is looked for only
    /// when `Prefer` asks for the refusal's own status (as Prism): an example it lacks is then the 404 problem.
    /// The answer is checked as ``selfChecked(_:of:)`` checks any, `faults` being what it breaks. Nil when the
    /// contract declares no such response, or it cannot be given (`Accept` refuses it, or `--errors` would turn it
    /// into a 500): Mimic's own problem then answers.
    func declaredRefusal(
        _ report: ValidationReport, to decoded: DecodedRequest, operation route: CompiledOperation
    ) -> (response: HTTPResponse, faults: [Violation])? {
        var decoded = decoded
        if decoded.preference.code != report.status { decoded.preference.example = nil }
        var response: HTTPResponse
        do {
            response = try declaredAnswer(decoded, operation: route, code: report.status)
        } catch {
            return error.kind == .exampleNotDeclared ? (error.response(style: problems), []) : nil
        }
        for challenge in report.headers where !response.headers.contains(challenge.name) {
            response.headers.add(challenge.name, challenge.value)
        }
        response.headers.add("sl-violations", violationsField(report.violations, of: .request))
        let checked = selfChecked(response, of: route.operation)
        return checked.response.status == report.status ? checked : nil
    }

    /// `violations` of the `side` message as a JSON array in ``problems``' words (Prism's objects name the side
    /// first in `location`), as many of the first ones as fit in ``violationsFieldLimit`` bytes.
    func violationsField(_ violations: [Violation], of side: Violation.Side) -> String {
        violationsField(violations.map { ($0, side) })
    }

    /// `sided` violations, each of the message its side names (a proxied exchange has both), as
    /// ``violationsField(_:of:)`` writes them.
    func violationsField(_ sided: [(violation: Violation, side: Violation.Side)]) -> String {
        var kept: [String] = []
        var size = 2
        for (violation, side) in sided {
            let text = (problems == .prism ? violation.prismJSON(side, sided: true) : violation.json).serialized()
            guard size + text.utf8.count + 1 <= Self.violationsFieldLimit else { break }
            kept.append(text)
            size += text.utf8.count + 1
        }
        return "[" + kept.joined(separator: ",") + "]"
    }
}
