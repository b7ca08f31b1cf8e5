import MimicContracts
import MimicHTTP
import MimicHTTPTypes

/// Why a ``MockServer`` could not start.
public enum MockServerError: Error, Sendable, CustomStringConvertible {
    /// The contracts have errors; each diagnostic says where and why.
    case contractErrors([Diagnostic])
    /// The socket could not be opened (address in use, permission …).
    case socket(HTTPServerError)

    public var description: String {
        switch self {
        case .contractErrors(let diagnostics):
            "the contracts have errors:\n" + diagnostics.filter { $0.severity == .error }.map(\.summary).joined(separator: "\n")
        case .socket(let error):
            "cannot listen: \(error)"
        }
    }
}
