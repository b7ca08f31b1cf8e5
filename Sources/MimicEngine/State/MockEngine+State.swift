import MimicContracts
import MimicHTTPTypes

extension MockEngine {
    /// The request header naming the session whose state a request reads and changes.
    public static let sessionHeader = "Mimic-Session"
    /// The longest session name.
    static let sessionNameLimit = 128

    /// With a ``StateStore``, the answer to a valid request on a collection or item path (see
    /// ``StatefulExchange``), the session dropped to make room for its own, if any, and what the answer breaks of
    /// the contract (``selfChecked(_:of:)``; none for Mimic's own problems: a session name refused, a limit, an
    /// entity's 404 the contract does not declare); nil when state does not apply (another path, `Prefer` asking
    /// for a code or example, a method the path's REST shape gives no meaning), so the request is answered as
    /// without state.
    func statefulAnswer(to decoded: DecodedRequest, operation route: CompiledOperation, state: StateStore) -> (response: HTTPResponse, dropped: String?, faults: [Violation])? {
        guard route.access != nil, decoded.preference.code == nil, decoded.preference.example == nil else { return nil }
        let session: String
        switch Self.session(of: decoded.request.headers) {
        case .success(let name): session = name
        case .failure(let problem): return (problem.response(), nil, [])
        }
        let exchange = StatefulExchange(engine: self, route: route, decoded: decoded, limits: state.limits)
        let (answer, dropped) = state.withSession(session) { exchange.answer(in: &$0) }
        guard let answer else { return nil }
        if StatefulExchange.isMimicsProblem(answer, of: route.operation) { return (answer, dropped, []) }
        let checked = selfChecked(answer, of: route.operation)
        return (checked.response, dropped, checked.faults)
    }

    /// The session `headers` name in ``sessionHeader`` (the default one without it); a problem when the name is
    /// empty, longer than ``sessionNameLimit`` or holds other than visible ASCII.
    package static func session(of headers: HTTPHeaders) -> Result<String, ProblemDetails> {
        guard let value = headers[sessionHeader] else { return .success(StateStore.defaultSession) }
        return sessionName(String(value[...].trimmingASCIIWhitespace()))
    }

    /// The session an admin request names: `session` in `query`, else ``sessionHeader``; nil when it names none.
    package static func session(query: String?, headers: HTTPHeaders) -> Result<String?, ProblemDetails> {
        if let named = QueryString((query ?? "").utf8).values(for: "session").last {
            return sessionName(named).map { $0 }
        }
        guard headers[sessionHeader] != nil else { return .success(nil) }
        return session(of: headers).map { $0 }
    }

    /// `name` as a session name, or the problem with it.
    package static func sessionName(_ name: String) -> Result<String, ProblemDetails> {
        guard !name.isEmpty, name.utf8.count <= sessionNameLimit, name.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return .failure(ProblemDetails(
                kind: .sessionInvalid, status: 400,
                detail: "A session name is 1 to \(sessionNameLimit) visible ASCII characters; '\(name.prefix(sessionNameLimit))' is not."))
        }
        return .success(name)
    }
}
