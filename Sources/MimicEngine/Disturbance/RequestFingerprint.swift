import MimicHTTPTypes
import MimicSchema

/// A request's identity for the choices made about it (its delay in a range, whether chaos fails it and
/// how): its method, target and body with the seed, hashed the same way in every process, so two servers
/// with the same seed choose the same for the same request.
struct RequestFingerprint: Sendable {
    private let hash: StableHash

    init(_ request: HTTPRequest, seed: UInt64) {
        var hash = StableHash()
        hash.combine(seed)
        hash.combine(request.method)
        hash.combine(request.target)
        hash.combine(bytes: request.body)
        self.hash = hash
    }

    /// 64 bits for the choice called `purpose`: different choices about one request are independent.
    func bits(for purpose: String) -> UInt64 {
        var hash = self.hash
        hash.combine(purpose)
        var random = SeededRandom(seed: hash.value)
        return random.next()
    }
}
