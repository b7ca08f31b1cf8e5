/// Which journal entries a request to `/__mimic/requests` (or `/__mimic/requests/count`) asks for: every
/// filter given must match. `operationId` (exact), `method` (any case), `path` (a prefix of the target's path,
/// as sent), `status` (a code such as `422`, or a class such as `4xx`), `invalid` (`true` or `false`) and
/// `since` (entries whose sequence number is at least this one).
public struct JournalFilter: Sendable, Equatable {
    /// A query that is not a filter: an unknown parameter, a repeated one, or a value out of its kind.
    public struct Error: Swift.Error, Sendable, Equatable {
        /// One sentence naming the parameter and what it takes.
        public var message: String
    }

    /// The parameters a filter understands, in the order messages list them.
    public static let parameterNames = ["operationId", "method", "path", "status", "invalid", "since"]

    public var operationId: String?
    public var method: String?
    public var pathPrefix: String?
    public var statuses: ClosedRange<Int>?
    public var invalid: Bool?
    public var since: Int?

    /// The filter that matches every entry.
    public init() {}

    /// The filter `query` (the target's query, without `?`; nil for none) asks for.
    public init(query: String?) throws(Error) {
        let decoded = QueryString((query ?? "").utf8)
        if let fault = decoded.faults.first {
            throw Error(message: "The query parameter '\(fault.name)' cannot be read: \(fault.reason).")
        }
        var seen: [String] = []
        for pair in decoded.pairs {
            guard Self.parameterNames.contains(pair.name) else {
                throw Error(message: "The query parameter '\(pair.name)' is not a filter; the filters are \(Self.parameterNames.dropLast().joined(separator: ", ")) and \(Self.parameterNames.last!).")
            }
            guard !seen.contains(pair.name) else {
                throw Error(message: "The query parameter '\(pair.name)' is given more than once.")
            }
            seen.append(pair.name)
            try set(pair.name, to: pair.value)
        }
    }

    private mutating func set(_ name: String, to value: String) throws(Error) {
        switch name {
        case "operationId": operationId = value
        case "method": method = value.uppercased()
        case "path": pathPrefix = value
        case "status":
            guard let statuses = Self.statuses(value) else {
                throw Error(message: "The query parameter 'status' is a status code such as 422 or a class such as 4xx, not '\(value)'.")
            }
            self.statuses = statuses
        case "invalid":
            guard let invalid = ["false": false, "true": true][value] else {
                throw Error(message: "The query parameter 'invalid' is true or false, not '\(value)'.")
            }
            self.invalid = invalid
        default:
            guard value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let since = Int(value) else {
                throw Error(message: "The query parameter 'since' is a sequence number (a whole number), not '\(value)'.")
            }
            self.since = since
        }
    }

    /// `422` → 422...422, `4xx` (or `4XX`) → 400...499; nil for anything else.
    private static func statuses(_ value: String) -> ClosedRange<Int>? {
        let digits = Array(value.utf8)
        guard digits.count == 3, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(digits[0]) else { return nil }
        let rest = digits.dropFirst()
        if rest.allSatisfy({ $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }) {
            let low = Int(digits[0] - UInt8(ascii: "0")) * 100
            return low...(low + 99)
        }
        guard rest.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let code = Int(value) else { return nil }
        return code...code
    }

    /// Whether `entry` passes every filter given.
    public func matches(_ entry: JournalEntry) -> Bool {
        if let operationId, entry.operationId != operationId { return false }
        if let method, entry.method.uppercased() != method { return false }
        if let pathPrefix, !entry.target.prefix(while: { $0 != "?" }).hasPrefix(pathPrefix) { return false }
        if let statuses, !statuses.contains(entry.status) { return false }
        if let invalid, entry.isInvalid != invalid { return false }
        if let since, entry.sequence < since { return false }
        return true
    }
}
