/// A schema keyword that asks for more than the server will do with it (a longer string than it generates, a
/// multiple it cannot reach): found by the check a ``ContractLoader`` is given, and reported as a warning at the
/// keyword.
public struct SchemaExcess: Sendable, Hashable {
    /// The keyword as the contract spells it (`minLength`), which the warning points at.
    public var keyword: String
    /// The warning's code, such as `schema.excessive-size`.
    public var code: String
    /// What the keyword asks, and what is done instead.
    public var message: String

    public init(keyword: String, code: String, message: String) {
        self.keyword = keyword
        self.code = code
        self.message = message
    }
}
