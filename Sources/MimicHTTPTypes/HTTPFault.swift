/// A way to drop a connection instead of answering, as WireMock's faults do: for a client developer to see
/// how the app copes with a network that fails.
public enum HTTPFault: String, Sendable, Hashable, CaseIterable {
    /// The connection is reset (TCP RST, by closing with `SO_LINGER` 0) without a byte sent: WireMock's
    /// `CONNECTION_RESET_BY_PEER`.
    case reset
    /// The response's status line and header fields are sent with `Transfer-Encoding: chunked`, then a
    /// chunk that is not one, then the connection is closed: the answer breaks off in the middle, as
    /// WireMock's `MALFORMED_RESPONSE_CHUNK`.
    case close
    /// The connection is closed (FIN) without a byte sent: WireMock's `EMPTY_RESPONSE`.
    case empty
    /// Bytes that are not HTTP (always the same ones), then the connection is closed: WireMock's
    /// `RANDOM_DATA_THEN_CLOSE`.
    case garbage
}
