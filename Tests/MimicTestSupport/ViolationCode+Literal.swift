import MimicSchema

/// Codes written as reports spell them (`"enum"`, `"media-type"`), so that a test pins the very text a client reads.
extension ViolationCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
