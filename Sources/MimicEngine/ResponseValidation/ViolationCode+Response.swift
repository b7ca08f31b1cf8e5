import MimicSchema

/// The rules a response breaks beyond its values' schemas (a wrong `Content-Type` is ``media-type``, a body
/// that is not JSON ``syntax``, a missing required header ``required``, as for requests).
extension ViolationCode {
    /// The response's status is declared neither exactly, nor by its range (`4XX`), nor by `default`.
    public static let status = ViolationCode(rawValue: "status")
}
