#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A second since the epoch split into UTC calendar fields, as gmtime_r(3) gives them.
struct UTCTime {
    let year: Int
    /// 0 for January.
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let second: Int
    /// 0 for Sunday.
    let weekday: Int

    /// Seconds since the epoch, now.
    static var currentSecond: Int { Int(time(nil)) }

    init(secondsSinceEpoch seconds: Int) {
        var clock = time_t(seconds)
        var parts = tm()
        gmtime_r(&clock, &parts)
        year = Int(parts.tm_year) + 1900
        month = Int(parts.tm_mon)
        day = Int(parts.tm_mday)
        hour = Int(parts.tm_hour)
        minute = Int(parts.tm_min)
        second = Int(parts.tm_sec)
        weekday = Int(parts.tm_wday)
    }
}
