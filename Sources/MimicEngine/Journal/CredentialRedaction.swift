import MimicContracts
import MimicHTTPTypes

/// Which parts of a request hold credentials, so that the journal never keeps them: the values of
/// `Authorization`, `Proxy-Authorization` and `Cookie`, and of every API key the contracts declare (a header,
/// or a query parameter of the target). A redacted value reads ``placeholder``.
public struct CredentialRedaction: Sendable {
    /// What a redacted value is replaced with.
    public static let placeholder = "[redacted]"

    /// Names of the header fields whose values are redacted (compared case-insensitively).
    private let headerNames: [String]
    /// Names of the query parameters whose values are redacted.
    private let queryNames: [String]

    /// The standard credential headers, and the API keys declared by `contracts`' security schemes.
    public init(contracts: ContractSet) {
        var headerNames = Self.standardHeaderNames
        var queryNames: [String] = []
        for scheme in contracts.contracts.lazy.flatMap(\.securitySchemes) {
            guard case .apiKey(let name, let location) = scheme.kind else { continue }
            switch location {
            case .header where !headerNames.contains(where: { HTTPHeaders.namesMatch($0, name) }): headerNames.append(name)
            case .query where !queryNames.contains(name): queryNames.append(name)
            default: break
            }
        }
        self.headerNames = headerNames
        self.queryNames = queryNames
    }

    /// Redacts the standard credential headers only.
    public init() {
        headerNames = Self.standardHeaderNames
        queryNames = []
    }

    private static let standardHeaderNames = ["authorization", "proxy-authorization", "cookie"]

    /// `headers` with the value of every credential field replaced by ``placeholder``; `headers` itself, not
    /// copied, when it holds none (the common case, checked without allocating).
    public func redact(_ headers: HTTPHeaders) -> HTTPHeaders {
        guard headers.contains(where: isCredential) else { return headers }
        return HTTPHeaders(headers.map { isCredential($0) ? .init(name: $0.name, value: Self.placeholder) : $0 })
    }

    private func isCredential(_ field: HTTPHeaders.Field) -> Bool {
        headerNames.contains { HTTPHeaders.namesMatch($0, field.name) }
    }

    /// `target` with the value of every API-key query parameter replaced by ``placeholder`` (the name is
    /// compared as sent, before percent-decoding).
    public func redact(target: String) -> String {
        guard !queryNames.isEmpty, let question = target.firstIndex(of: "?") else { return target }
        let query = target[target.index(after: question)...]
        let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            return queryNames.contains(String(name)) ? "\(name)=\(Self.placeholder)" : String(pair)
        }
        return target[...question] + pairs.joined(separator: "&")
    }
}
