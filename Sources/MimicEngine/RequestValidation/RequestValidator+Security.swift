import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension RequestValidator {
    /// When an operation needs credentials and the request carries none that any alternative asks for: one
    /// violation per scheme, and a `WWW-Authenticate` challenge per HTTP scheme. Any credential value is
    /// accepted (this is a mock); only its absence is refused.
    func missingCredentials(_ request: DecodedRequest, rules: OperationRules) -> (violations: [Violation], challenges: HTTPHeaders) {
        let satisfied = rules.security.isEmpty || rules.security.contains { alternative in
            alternative.allSatisfy { Self.isPresent($0.kind, in: request) }
        }
        guard !satisfied else { return ([], [:]) }
        var violations: [Violation] = []
        var challenges = HTTPHeaders()
        var seen: [String] = []
        for scheme in rules.security.joined() where !seen.contains(scheme.name) {
            seen.append(scheme.name)
            let (location, name, expectation, challenge) = Self.credential(of: scheme.kind)
            violations.append(Violation(
                location: location, name: name, code: .credentials,
                message: "no credentials: the security scheme '\(scheme.name)' expects \(expectation)"))
            if let challenge, !challenges.values(for: "WWW-Authenticate").contains(challenge) {
                challenges.add("WWW-Authenticate", challenge)
            }
        }
        return (violations, challenges)
    }

    /// Where a credential of `kind` travels, how a message names it, and the `WWW-Authenticate` challenge
    /// asking for it (HTTP and OAuth 2 schemes only).
    private static func credential(of kind: SecurityScheme.Kind) -> (Violation.Location, String, String, String?) {
        switch kind {
        case .apiKey(let name, let location):
            let place: Violation.Location = location == .query ? .query : location == .cookie ? .cookie : .header
            return (place, name, "an API key in the \(noun(place)) '\(name)'", nil)
        case .http(let scheme):
            let word = scheme.prefix(1).uppercased() + scheme.dropFirst().lowercased()
            return (.header, "Authorization", "an Authorization header (\(word))", "\(word) realm=\"mimic\"")
        case .oauth2:
            return (.header, "Authorization", "an Authorization header (Bearer)", "Bearer realm=\"mimic\"")
        }
    }

    /// Whether `request` carries a credential of `kind`: the API key's header, query parameter or cookie, or an
    /// `Authorization` header for HTTP and OAuth 2 schemes.
    private static func isPresent(_ kind: SecurityScheme.Kind, in request: DecodedRequest) -> Bool {
        switch kind {
        case .apiKey(let name, .query): !request.query.values(for: name).isEmpty
        case .apiKey(let name, .cookie): request.cookies.contains { $0.name == name }
        case .apiKey(let name, _): request.request.headers.contains(name)
        case .http, .oauth2: !(request.request.headers["Authorization"] ?? "").isEmpty
        }
    }
}
