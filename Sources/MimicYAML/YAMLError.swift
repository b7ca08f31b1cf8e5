/// Why a YAML or JSON text could not be read, and where.
public struct YAMLError: Error, Sendable, Equatable {
    /// A stable, dotted identifier such as `yaml.tab-indentation`.
    public var code: String
    /// What went wrong, in words a person can act on.
    public var message: String
    /// Where the problem was found.
    public var location: SourceLocation

    public init(code: String, message: String, location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }
}
