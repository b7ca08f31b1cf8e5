import MimicHTTPTypes

/// A failure the mock answers with instead of the contract's answer, because the client asked for it
/// (`Prefer: code=503`, `Prefer: fault=reset`) or chaos chose it (`--chaos`).
public enum ForcedFailure: Sendable, Hashable, CustomStringConvertible {
    /// A status from ``statuses``, answered even when the operation does not declare it.
    case status(Int)
    /// The connection dropped, as ``HTTPFault`` describes.
    case fault(HTTPFault)

    /// The statuses that may be asked for whether declared or not: 500, 502, 503, 504, 429 and 408.
    public static let statuses = [500, 502, 503, 504, 429, 408]

    /// Every failure, in the order chaos picks from: the statuses, then the faults.
    public static let all: [ForcedFailure] = statuses.map(ForcedFailure.status) + HTTPFault.allCases.map(ForcedFailure.fault)

    /// `code=503` or `fault=reset`, as `Prefer` asks for it.
    public var description: String {
        switch self {
        case .status(let code): "code=\(code)"
        case .fault(let fault): "fault=\(fault.rawValue)"
        }
    }
}
