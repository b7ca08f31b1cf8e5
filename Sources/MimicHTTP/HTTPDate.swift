import Synchronization

/// The `Date` field value (RFC 9110 §5.6.7 IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`), formatted
/// at most once per second.
final class HTTPDate: Sendable {
    private let cache = Mutex<(second: Int, text: [UInt8])>((-1, []))
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The current time as an IMF-fixdate.
    func now() -> [UInt8] {
        let second = UTCTime.currentSecond
        return cache.withLock { cache in
            if cache.second != second {
                cache = (second, Array(Self.format(second).utf8))
            }
            return cache.text
        }
    }

    /// `seconds` since the epoch as an IMF-fixdate.
    static func format(_ seconds: Int) -> String {
        let time = UTCTime(secondsSinceEpoch: seconds)
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[time.weekday]), \(twoDigits(time.day)) \(months[time.month]) "
            + "\(time.year) \(twoDigits(time.hour)):\(twoDigits(time.minute)):"
            + "\(twoDigits(time.second)) GMT"
    }
}
