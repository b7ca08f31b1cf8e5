extension HTTPHeaders {
    /// The fields that describe one connection rather than the message (RFC 9110 §7.6.1, with RFC 9112's
    /// `Transfer-Encoding` and the obsolete `Proxy-Connection`): a proxy never passes them on.
    public static let hopByHopNames = ["Connection", "Proxy-Connection", "Keep-Alive", "TE", "Transfer-Encoding", "Upgrade"]

    /// The fields without the hop-by-hop ones: ``hopByHopNames`` and every field the `Connection` field names.
    public var endToEnd: HTTPHeaders {
        let named = values(for: "Connection").flatMap { $0.split(separator: ",") }.map { $0.trimmingASCIIWhitespace() }
        return HTTPHeaders(filter { field in
            !Self.hopByHopNames.contains { Self.namesMatch($0, field.name) } && !named.contains { Self.namesMatch($0, field.name) }
        })
    }
}
