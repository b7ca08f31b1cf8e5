import MimicHTTPTypes

/// How long to hold an answer: one delay, or a range that a request picks from, as `--delay` and
/// `Prefer: delay=` spell it (`200` or `200ms`, `2s`, `50ms-400ms`); a number without unit is milliseconds.
public struct DelayRange: Sendable, Hashable, CustomStringConvertible {
    /// The longest a response is held, whatever is asked: a minute.
    public static let maximumMilliseconds = 60_000

    /// The shortest delay, in milliseconds.
    public let lowerMilliseconds: Int
    /// The longest delay, in milliseconds (the same as ``lowerMilliseconds`` for one delay).
    public let upperMilliseconds: Int

    /// A range from `lower` to `upper` milliseconds; nil when `lower` is negative or beyond `upper`, or
    /// `upper` beyond ``maximumMilliseconds``.
    public init?(lowerMilliseconds lower: Int, upperMilliseconds upper: Int) {
        guard lower >= 0, lower <= upper, upper <= Self.maximumMilliseconds else { return nil }
        lowerMilliseconds = lower
        upperMilliseconds = upper
    }

    /// The delay or range `text` spells (`200`, `200ms`, `1.5s`, `50ms-400ms`); nil when it spells none,
    /// or one beyond a minute.
    public init?(_ text: some StringProtocol) {
        let bounds = String(text).split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count <= 2, let lower = Self.milliseconds(bounds[0]),
              let upper = bounds.count == 2 ? Self.milliseconds(bounds[1]) : lower else { return nil }
        self.init(lowerMilliseconds: lower, upperMilliseconds: upper)
    }

    /// `200ms`, or `50ms-400ms` for a range.
    public var description: String {
        lowerMilliseconds == upperMilliseconds
            ? "\(lowerMilliseconds)ms" : "\(lowerMilliseconds)ms-\(upperMilliseconds)ms"
    }

    /// The delay for a request whose fingerprint is `hash`: the same request gets the same delay.
    func delay(for hash: UInt64) -> Duration {
        let span = UInt64(upperMilliseconds - lowerMilliseconds) + 1
        return .milliseconds(lowerMilliseconds + Int(hash % span))
    }

    /// The milliseconds of `200`, `200ms` or `1.5s` (rounded to the millisecond); nil for anything else.
    private static func milliseconds(_ text: Substring) -> Int? {
        let text = text.trimmingASCIIWhitespace()
        let (number, scale): (Substring, Double) = if text.hasSuffix("ms") {
            (text.dropLast(2), 1)
        } else if text.hasSuffix("s") {
            (text.dropLast(), 1000)
        } else {
            (text, 1)
        }
        guard let first = number.first, first.isASCII, first.isNumber, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite else { return nil }
        return Int(min((value * scale).rounded(), Double(Int32.max)))
    }
}
