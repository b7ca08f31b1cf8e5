/// What a server adds to every answer on purpose, so that a client developer sees the app cope with a slow
/// or failing backend: a delay, and a share of requests answered with a ``ForcedFailure``. Both are chosen
/// from the seed and the request, never the clock, so the same run is slowed and fails the same way again.
public struct Disturbance: Sendable, Hashable {
    /// The delay of every answer from the contracts, unless `Prefer: delay=` asks for another; nil for none.
    public var delay: DelayRange?
    /// The share of valid requests answered with a failure, from 0 (none) to 1 (all).
    public var chaosRate: Double

    /// No delay and no chaos, unless told otherwise.
    public init(delay: DelayRange? = nil, chaosRate: Double = 0) {
        self.delay = delay
        self.chaosRate = chaosRate
    }
}
