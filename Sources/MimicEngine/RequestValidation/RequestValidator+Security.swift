import Foundation
import MimicContracts
import MimicSchema
import MimicHTTPTypes

extension RequestValidator {
    /// When an operation needs credentials and no alternative of its requirement is met: one violation per
    /// scheme not met, saying what it expects and what the request carries instead, and a `WWW-Authenticate`
    /// challenge per HTTP and OAuth 2 scheme. A credential is met by its kind, not its value (this is a mock): an API key
    /// where the scheme declares it; `Authorization: Bearer <token>` for HTTP `bearer`, OAuth 2 and OpenID
    /// Connect; `Basic` with the base64 of `user:password` for `basic`; the scheme's own word for any other
    /// HTTP scheme.
    /// realm="*"` and `Digest realm="*", nonce="abc123"` for a missing credential or one of another scheme,
    /// `Bearer` and `OAuth2` for any fault, none for an API key.
    func missingCredentials(_ request: DecodedRequest, rules: OperationRules) -> (violations: [Violation], challenges: HTTPHeaders, prismChallenges: [String]) {
        let satisfied = rules.security.isEmpty || rules.security.contains { alternative in
            alternative.allSatisfy { Self.fault(of: $0.kind, in: request) == nil }
        }
        guard !satisfied else { return ([], [:], []) }
        var violations: [Violation] = []
        var challenges = HTTPHeaders()
        var prismChallenges: [String] = []
        var seen: [String] = []
        for scheme in rules.security.joined() where !seen.contains(scheme.name) {
            seen.append(scheme.name)
            let (location, name, expectation, challenge) = Self.credential(of: scheme.kind)
            if let fault = Self.fault(of: scheme.kind, in: request) {
                let expects = "the security scheme '\(scheme.name)' expects \(expectation)"
                let message = fault == .missing ? "no credentials: \(expects)" : "\(expects); got \(fault.description)"
                violations.append(Violation(location: location, name: name, code: .credentials, message: message))
                prismChallenges += Self.prismChallenge(of: scheme.kind, fault: fault).map { [$0] } ?? []
            }
            if let challenge, !challenges.values(for: "WWW-Authenticate").contains(challenge) {
                challenges.add("WWW-Authenticate", challenge)
            }
        }
        return (violations, challenges, prismChallenges)
    }

    /// The challenge Prism lists for a credential of `kind` that has `fault`, nil when it lists none.
    private static func prismChallenge(of kind: SecurityScheme.Kind, fault: CredentialFault) -> String? {
        switch kind {
        case .apiKey: return nil
        case .oauth2: return "OAuth2"
        case .http(let scheme):
            let isMissing = if case .missing = fault { true } else if case .otherScheme = fault { true } else { false }
            switch scheme.lowercased() {
            case "bearer": return "Bearer"
            case "basic": return isMissing ? "Basic realm=\"*\"" : nil
            case "digest": return isMissing ? "Digest realm=\"*\", nonce=\"abc123\"" : nil
            default: return nil
            }
        }
    }

    /// Why a request does not carry a credential a scheme expects.
    enum CredentialFault: Equatable {
        /// It carries none.
        case missing
        /// `Authorization` holds credentials of another scheme (its word: `Basic`, `Digest`).
        case otherScheme(String)
        /// `Authorization` names the scheme but gives no credentials.
        case noCredentials(String)
        /// `Basic` credentials that are not the base64 of `user:password`.
        case notUserPassword

        /// What the request carries instead, as a message says it.
        var description: String {
            switch self {
            case .missing: ""
            case .otherScheme(let given): "\(given) credentials"
            case .noCredentials(let word): "\(word) with no credentials"
            case .notUserPassword: "Basic credentials that are not the base64 of user:password"
            }
        }
    }

    /// Where a credential of `kind` travels, how a message names it, and the `WWW-Authenticate` challenge
    /// asking for it (HTTP and OAuth 2 schemes only).
    private static func credential(of kind: SecurityScheme.Kind) -> (Violation.Location, String, String, String?) {
        switch kind {
        case .apiKey(let name, let location):
            let place: Violation.Location = location == .query ? .query : location == .cookie ? .cookie : .header
            return (place, name, "an API key in the \(noun(place)) '\(name)'", nil)
        case .http(let scheme):
            let word = authenticationWord(scheme)
            return (.header, "Authorization", "an Authorization header with \(word) credentials", "\(word) realm=\"mimic\"")
        case .oauth2:
            return (.header, "Authorization", "an Authorization header with Bearer credentials", "Bearer realm=\"mimic\"")
        }
    }

    /// Why `request` does not carry a credential of `kind`: nil when it does.
    private static func fault(of kind: SecurityScheme.Kind, in request: DecodedRequest) -> CredentialFault? {
        switch kind {
        case .apiKey(let name, .query): return request.query.values(for: name).isEmpty ? .missing : nil
        case .apiKey(let name, .cookie): return request.cookies.contains { $0.name == name } ? nil : .missing
        case .apiKey(let name, _): return request.request.headers.contains(name) ? nil : .missing
        case .http(let scheme): return authorizationFault(request, expecting: authenticationWord(scheme))
        case .oauth2: return authorizationFault(request, expecting: "Bearer")
        }
    }

    /// Why the `Authorization` header is not `word` credentials: nil when it is.
    private static func authorizationFault(_ request: DecodedRequest, expecting word: String) -> CredentialFault? {
        let header = (request.request.headers["Authorization"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !header.isEmpty else { return .missing }
        let given = header.prefix { $0 != " " }
        let credentials = header.dropFirst(given.count).trimmingCharacters(in: .whitespaces)
        guard HTTPHeaders.namesMatch(given, word) else { return .otherScheme(String(given)) }
        guard !credentials.isEmpty else { return .noCredentials(word) }
        if word == "Basic" {
            guard let decoded = Data(base64Encoded: credentials), decoded.contains(UInt8(ascii: ":")) else {
                return .notUserPassword
            }
        }
        return nil
    }

    /// How `Authorization` spells an HTTP scheme: `Basic`, `Bearer`, `Digest`.
    private static func authenticationWord(_ scheme: String) -> String {
        scheme.prefix(1).uppercased() + scheme.dropFirst().lowercased()
    }
}
