import Mimic

extension ParsedArguments {
    /// The delay and chaos of `--delay` and `--chaos`, none when not given.
    ///
    /// - Throws: a usage error when `--delay` is not a delay or range of at most a minute, or `--chaos` not
    ///   a number from 0 to 1.
    func disturbance(of specification: CommandSpecification) throws(UsageError) -> Disturbance {
        var disturbance = Disturbance()
        if let text = value("--delay") {
            guard let delay = DelayRange(text) else {
                throw UsageError(message: "The value '\(text)' is invalid for '--delay <delay>': expected a delay such as 200ms or 1s, or a range such as 50ms-400ms, of at most 60s.")
            }
            disturbance.delay = delay
        }
        if let text = value("--chaos") {
            guard let rate = Double(text), (0...1).contains(rate) else {
                throw UsageError(message: "The value '\(text)' is invalid for '--chaos <rate>': expected a number from 0 to 1.")
            }
            disturbance.chaosRate = rate
        }
        return disturbance
    }
}
