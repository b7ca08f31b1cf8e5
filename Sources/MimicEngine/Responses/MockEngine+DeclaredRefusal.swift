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
    /// `sl-violations` (Prism's name) and any `WWW-Authenticate` challenge. Nil when the contract declares no
    /// such response, or it cannot be given (`Accept` refuses it, `Prefer` names an example it lacks): Mimic's
    /// own problem then answers.
    func declaredRefusal(_ report: ValidationReport, to decoded: DecodedRequest, operation route: CompiledOperation) -> HTTPResponse? {
        guard var response = try? declaredAnswer(decoded, operation: route, code: report.status) else { return nil }
        for challenge in report.headers where !response.headers.contains(challenge.name) {
            response.headers.add(challenge.name, challenge.value)
        }
        response.headers.add("sl-violations", Self.violationsField(report.violations))
        return response
    }

    /// `violations` as a JSON array, as many of the first ones as fit in ``violationsFieldLimit`` bytes: the
    /// value of an `sl-violations` header (Prism's name).
    public static func violationsField(_ violations: [Violation]) -> String {
        var kept: [String] = []
        var size = 2
        for violation in violations {
            let text = violation.json.serialized()
            guard size + text.utf8.count + 1 <= violationsFieldLimit else { break }
            kept.append(text)
            size += text.utf8.count + 1
        }
        return "[" + kept.joined(separator: ",") + "]"
    }
}
